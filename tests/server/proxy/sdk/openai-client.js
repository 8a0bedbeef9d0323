// Drives wither-proxy with the official `openai` npm package: a normal and a streamed chat completion, and one
// refused request, printed as one JSON line for the test to check.
const OpenAI = require('openai');

async function main() {
    const baseURL = process.env.WITHER_BASE_URL + '/v1';
    const client = new OpenAI({ apiKey: process.env.WITHER_TOKEN, baseURL, maxRetries: 0, timeout: 20000 });
    const messages = [{ role: 'user', content: 'hello sdk' }];

    const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });

    const stream = await client.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true });
    let chunks = 0;
    let text = '';
    for await (const part of stream) {
        chunks += 1;
        text += (part.choices[0] && part.choices[0].delta && part.choices[0].delta.content) || '';
    }

    let refused = null;
    try {
        const bad = new OpenAI({ apiKey: 'sk-wt-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', baseURL, maxRetries: 0 });
        await bad.chat.completions.create({ model: 'gpt-4o-mini', messages });
    } catch (error) {
        refused = { status: error.status, code: error.code, type: error.type, message: error.message };
    }

    const models = await client.models.list();

    console.log(JSON.stringify({
        content: completion.choices[0].message.content,
        object: completion.object,
        chunks,
        text,
        refused,
        models: models.data.length,
    }));
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
