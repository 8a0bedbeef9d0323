<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop administration for the Wither token proxy.</source>
        <translation>Desktop administration for the Wither token proxy.</translation>
    </message>
    <message>
        <source>Connect to the server at &lt;url&gt;.</source>
        <translation>Connect to the server at &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Read the management key from &lt;path&gt; (default: $WITHER_MANAGEMENT_TOKEN).</source>
        <translation>Read the management key from &lt;path&gt; (default: $WITHER_MANAGEMENT_TOKEN).</translation>
    </message>
    <message>
        <source>Render every main screen to PNG files in &lt;dir&gt; and exit.</source>
        <translation>Render every main screen to PNG files in &lt;dir&gt; and exit.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation>User interface language, e.g. de.</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL.</source>
        <translation>--server needs an http:// or https:// URL.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>--screenshot needs --server and a key (--key-file or WITHER_MANAGEMENT_TOKEN).</source>
        <translation>--screenshot needs --server and a key (--key-file or WITHER_MANAGEMENT_TOKEN).</translation>
    </message>
</context>
<context>
    <name>UsageRange</name>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
</context>
<context>
    <name>wither::desktop</name>
    <message>
        <source>Active</source>
        <comment>token status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>token status</comment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>token status</comment>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Rate Limited</source>
        <comment>token status</comment>
        <translation>Rate Limited</translation>
    </message>
    <message>
        <source>Project inactive</source>
        <comment>token status</comment>
        <translation>Project inactive</translation>
    </message>
    <message>
        <source>Token is valid and usable</source>
        <comment>token status description</comment>
        <translation>Token is valid and usable</translation>
    </message>
    <message>
        <source>Token has passed its expiration time; it cannot be reactivated</source>
        <comment>token status description</comment>
        <translation>Token has passed its expiration time; it cannot be reactivated</translation>
    </message>
    <message>
        <source>Token was manually deactivated; it can be reactivated until it expires</source>
        <comment>token status description</comment>
        <translation>Token was manually deactivated; it can be reactivated until it expires</translation>
    </message>
    <message>
        <source>Request limit reached; increase the limit or generate a new token</source>
        <comment>token status description</comment>
        <translation>Request limit reached; increase the limit or generate a new token</translation>
    </message>
    <message>
        <source>The token&apos;s project is deactivated; the token works again when the project is activated</source>
        <comment>token status description</comment>
        <translation>The token&apos;s project is deactivated; the token works again when the project is activated</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>audit outcome</comment>
        <translation>Success</translation>
    </message>
    <message>
        <source>Failure</source>
        <comment>audit outcome</comment>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Denied</source>
        <comment>audit outcome</comment>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>audit outcome</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>management key role</comment>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Auditor (read-only)</source>
        <comment>management key role</comment>
        <translation>Auditor (read-only)</translation>
    </message>
</context>
<context>
    <name>wither::desktop::AboutDialog</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Wither %1 at %2</source>
        <translation>Wither %1 at %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;wither-admin %1&lt;/h3&gt;&lt;p&gt;Desktop administration for Wither: withering tokens that expire, carry request limits and can be revoked at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %3 (running on %4), Qt Charts and QtKeychain.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;wither-admin %1&lt;/h3&gt;&lt;p&gt;Desktop administration for Wither: withering tokens that expire, carry request limits and can be revoked at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %3 (running on %4), Qt Charts and QtKeychain.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About wither-admin</source>
        <translation>About wither-admin</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ActionsDelegate</name>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ApiClient</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>GET /health did not answer like Wither (%1)</source>
        <translation>GET /health did not answer like Wither (%1)</translation>
    </message>
    <message>
        <source>GET /health answered HTTP %1</source>
        <translation>GET /health answered HTTP %1</translation>
    </message>
    <message>
        <source>/health carries no Wither version</source>
        <translation>/health carries no Wither version</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ApiClientError</name>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Cannot reach the server at %1: %2</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Secure connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>The server at %1 is not a Wither server: %2</source>
        <translation>The server at %1 is not a Wither server: %2</translation>
    </message>
    <message>
        <source>Unexpected answer from %1: %2</source>
        <translation>Unexpected answer from %1: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The management key was rejected (401 Unauthorized). Check the key in the connection settings.</source>
        <translation>The management key was rejected (401 Unauthorized). Check the key in the connection settings.</translation>
    </message>
    <message>
        <source>This management key may only read (auditor role): %1</source>
        <translation>This management key may only read (auditor role): %1</translation>
    </message>
    <message>
        <source>Too many failed attempts from this computer; the server refuses requests for a minute: %1</source>
        <translation>Too many failed attempts from this computer; the server refuses requests for a minute: %1</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>The server answered with HTTP status %1.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::AppContext</name>
    <message>
        <source>Your management key has the auditor role: it may only read.</source>
        <translation>Your management key has the auditor role: it may only read.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::AuditEventModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client IP</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>wither::desktop::AuditLogPage</name>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Verify Integrity</source>
        <translation>Verify Integrity</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Newer</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Older ›</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON Lines…</source>
        <translation>JSON Lines…</translation>
    </message>
    <message>
        <source>Check the audit log&apos;s hash chain on the server</source>
        <translation>Check the audit log&apos;s hash chain on the server</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All %1* actions</source>
        <translation>All %1* actions</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token ID</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client IP</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Select an event to see every field.</source>
        <translation>Select an event to see every field.</translation>
    </message>
    <message>
        <source>Per page:</source>
        <translation>Per page:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>No events match the filters.</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 events, newest first</source>
        <translation>Page %1 of %2 · %3 events, newest first</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Event ID</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Verifying the audit log…</translation>
    </message>
    <message>
        <source>✔ Audit log intact: %1 events checked, the hash chain is unbroken.</source>
        <translation>✔ Audit log intact: %1 events checked, the hash chain is unbroken.</translation>
    </message>
    <message>
        <source>✘ Audit log TAMPERED: the hash chain breaks at event #%1 (%2 events checked before).</source>
        <translation>✘ Audit log TAMPERED: the hash chain breaks at event #%1 (%2 events checked before).</translation>
    </message>
    <message>
        <source>Export Audit Events</source>
        <translation>Export Audit Events</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Audit events exported to %1.</source>
        <translation>Audit events exported to %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ChangeLimitDialog</name>
    <message>
        <source>Change Request Limit</source>
        <translation>Change Request Limit</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Max requests (0 = unlimited)</source>
        <translation>Max requests (0 = unlimited)</translation>
    </message>
    <message>
        <source>&amp;Max Requests:</source>
        <translation>&amp;Max Requests:</translation>
    </message>
    <message>
        <source>Change Limit</source>
        <translation>Change Limit</translation>
    </message>
    <message>
        <source>The token will have no request limit (∞).</source>
        <translation>The token will have no request limit (∞).</translation>
    </message>
    <message numerus="yes">
        <source>Token &lt;code&gt;%1&lt;/code&gt; has served %Ln request(s). The counters are kept; only the limit changes.</source>
        <translation>
            <numerusform>Token &lt;code&gt;%1&lt;/code&gt; has served %Ln request. The counters are kept; only the limit changes.</numerusform>
            <numerusform>Token &lt;code&gt;%1&lt;/code&gt; has served %Ln requests. The counters are kept; only the limit changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token has already served %Ln request(s); with this limit it is rate limited at once.</source>
        <translation>
            <numerusform>The token has already served %Ln request; with this limit it is rate limited at once.</numerusform>
            <numerusform>The token has already served %Ln requests; with this limit it is rate limited at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) will remain.</source>
        <translation>
            <numerusform>%Ln request will remain.</numerusform>
            <numerusform>%Ln requests will remain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wither::desktop::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connect to a Wither Server</source>
        <translation>Connect to a Wither Server</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>e.g. Production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server &amp;URL:</translation>
    </message>
    <message>
        <source>sk-wm-… (from &lt;data-dir&gt;/management-token)</source>
        <translation>sk-wm-… (from &lt;data-dir&gt;/management-token)</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Show the key</translation>
    </message>
    <message>
        <source>Management &amp;key:</source>
        <translation>Management &amp;key:</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// server URL.</source>
        <translation>Enter an http:// or https:// server URL.</translation>
    </message>
    <message>
        <source>Enter the management key.</source>
        <translation>Enter the management key.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to Wither %1; the key has the role %2.</source>
        <translation>Connected to Wither %1; the key has the role %2.</translation>
    </message>
    <message>
        <source>Connected, but the key could not be stored: %1</source>
        <translation>Connected, but the key could not be stored: %1</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate</source>
        <translation>T&amp;rust This Certificate</translation>
    </message>
    <message>
        <source>none: the system&apos;s CAs decide</source>
        <translation>none: the system&apos;s CAs decide</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate. With a pin, wither-admin connects only when the server presents exactly this certificate, also a self-signed one.</source>
        <translation>SHA-256 fingerprint of the server&apos;s certificate. With a pin, wither-admin connects only when the server presents exactly this certificate, also a self-signed one.</translation>
    </message>
    <message>
        <source>Remove the pin: the system&apos;s certificate authorities decide again</source>
        <translation>Remove the pin: the system&apos;s certificate authorities decide again</translation>
    </message>
    <message>
        <source>Certificate &amp;pin:</source>
        <translation>Certificate &amp;pin:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Pinned:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (self-signed)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>The server presented another certificate than the one pinned for this profile: someone may be intercepting the connection. If the server&apos;s certificate was replaced, confirm the new fingerprint with its administrator, then clear the pin and connect again.</source>
        <translation>The server presented another certificate than the one pinned for this profile: someone may be intercepting the connection. If the server&apos;s certificate was replaced, confirm the new fingerprint with its administrator, then clear the pin and connect again.</translation>
    </message>
    <message>
        <source>Trust the certificate only if its SHA-256 fingerprint matches the one of the server (ask its administrator or run &lt;code&gt;openssl x509 -noout -fingerprint -sha256 -in cert.pem&lt;/code&gt; on it). Trusting pins exactly this certificate for this profile.</source>
        <translation>Trust the certificate only if its SHA-256 fingerprint matches the one of the server (ask its administrator or run &lt;code&gt;openssl x509 -noout -fingerprint -sha256 -in cert.pem&lt;/code&gt; on it). Trusting pins exactly this certificate for this profile.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused: the server&apos;s certificate does not match the pinned certificate.</source>
        <translation>Secure connection to %1 refused: the server&apos;s certificate does not match the pinned certificate.</translation>
    </message>
    <message>
        <source>The certificate pin is not a SHA-256 fingerprint: expected 32 hex byte pairs such as AB:CD:…, as printed by openssl x509 -fingerprint -sha256.</source>
        <translation>The certificate pin is not a SHA-256 fingerprint: expected 32 hex byte pairs such as AB:CD:…, as printed by openssl x509 -fingerprint -sha256.</translation>
    </message>
    <message>
        <source>A certificate pin needs an https:// server URL.</source>
        <translation>A certificate pin needs an https:// server URL.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>PROJECTS</source>
        <translation>PROJECTS</translation>
    </message>
    <message>
        <source>ACTIVE TOKENS</source>
        <translation>ACTIVE TOKENS</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRED</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>REVOKED</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>RATE LIMITED</translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation>REQUESTS TODAY</translation>
    </message>
    <message>
        <source>CACHE HIT RATE TODAY</source>
        <translation>CACHE HIT RATE TODAY</translation>
    </message>
    <message>
        <source>Show the %1 tokens</source>
        <translation>Show the %1 tokens</translation>
    </message>
    <message>
        <source>Expiring within 24 h</source>
        <translation>Expiring within 24 h</translation>
    </message>
    <message>
        <source>Above 80 % of their limit</source>
        <translation>Above 80 % of their limit</translation>
    </message>
    <message>
        <source>Active, unused for 7 days</source>
        <translation>Active, unused for 7 days</translation>
    </message>
    <message>
        <source>All traffic, last 24 hours</source>
        <translation>All traffic, last 24 hours</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%1 active · %2 inactive</source>
        <translation>%1 active · %2 inactive</translation>
    </message>
    <message>
        <source>of %1 tokens; %2 in inactive projects</source>
        <translation>of %1 tokens; %2 in inactive projects</translation>
    </message>
    <message>
        <source>%1 served from cache</source>
        <translation>%1 served from cache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expires %1</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 of %2 used</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>last used %1</translation>
    </message>
    <message>
        <source>never used, created %1</source>
        <translation>never used, created %1</translation>
    </message>
    <message>
        <source>Open token %1</source>
        <translation>Open token %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ErrorsChartView</name>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>No errors in this period.</source>
        <translation>No errors in this period.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::GenerateTokenDialog</name>
    <message>
        <source>One-time testing</source>
        <translation>One-time testing</translation>
    </message>
    <message>
        <source>1–4 hours</source>
        <translation>1–4 hours</translation>
    </message>
    <message>
        <source>Development session</source>
        <translation>Development session</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <source>CI/CD pipeline</source>
        <translation>CI/CD pipeline</translation>
    </message>
    <message>
        <source>4–8 hours</source>
        <translation>4–8 hours</translation>
    </message>
    <message>
        <source>Weekly batch job</source>
        <translation>Weekly batch job</translation>
    </message>
    <message>
        <source>168 hours (7 days)</source>
        <translation>168 hours (7 days)</translation>
    </message>
    <message>
        <source>Long-running service</source>
        <translation>Long-running service</translation>
    </message>
    <message>
        <source>720 hours (30 days)</source>
        <translation>720 hours (30 days)</translation>
    </message>
    <message>
        <source>Generate Token</source>
        <translation>Generate Token</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Use &amp;case:</source>
        <translation>Use &amp;case:</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>Token lifetime in hours (required, default 24, at most 8760 = 365 days)</source>
        <translation>Token lifetime in hours (required, default 24, at most 8760 = 365 days)</translation>
    </message>
    <message>
        <source>&amp;Duration (hours):</source>
        <translation>&amp;Duration (hours):</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>Request limit (0 = unlimited)</source>
        <translation>Request limit (0 = unlimited)</translation>
    </message>
    <message>
        <source>&amp;Max Requests:</source>
        <translation>&amp;Max Requests:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;CI pipeline&quot;</source>
        <translation>optional, e.g. &quot;CI pipeline&quot;</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token generated&lt;/b&gt;</source>
        <translation>&lt;b&gt;Token generated&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy the token immediately! It is only shown once.</source>
        <translation>Copy the token immediately! It is only shown once.</translation>
    </message>
    <message>
        <source>Use it with any OpenAI SDK — the token is the API key:</source>
        <translation>Use it with any OpenAI SDK — the token is the API key:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Cannot generate tokens for inactive project. Activate the project first.</source>
        <translation>Cannot generate tokens for inactive project. Activate the project first.</translation>
    </message>
    <message>
        <source>Every project is inactive. Activate a project before generating tokens.</source>
        <translation>Every project is inactive. Activate a project before generating tokens.</translation>
    </message>
    <message>
        <source>There are no projects yet. Create a project first.</source>
        <translation>There are no projects yet. Create a project first.</translation>
    </message>
    <message>
        <source>Expires %1 (in %2)</source>
        <translation>Expires %1 (in %2)</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generating…</translation>
    </message>
    <message>
        <source>Select the parent project.</source>
        <translation>Select the parent project.</translation>
    </message>
    <message>
        <source>Not copied yet.</source>
        <translation>Not copied yet.</translation>
    </message>
    <message>
        <source>Token ID &lt;code&gt;%1&lt;/code&gt; for project &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Expires %3 · Limit: %4</source>
        <translation>Token ID &lt;code&gt;%1&lt;/code&gt; for project &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Expires %3 · Limit: %4</translation>
    </message>
    <message>
        <source>∞ (unlimited)</source>
        <translation>∞ (unlimited)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Close without copying?</translation>
    </message>
    <message>
        <source>The token has not been copied. It is only shown once and cannot be displayed again. Close anyway?</source>
        <translation>The token has not been copied. It is only shown once and cannot be displayed again. Close anyway?</translation>
    </message>
</context>
<context>
    <name>wither::desktop::KeyStore</name>
    <message>
        <source>The management key is kept in the system keychain.</source>
        <translation>The management key is kept in the system keychain.</translation>
    </message>
    <message>
        <source>No system keychain is available: the management key is kept in a file only you can read (%1).</source>
        <translation>No system keychain is available: the management key is kept in a file only you can read (%1).</translation>
    </message>
    <message>
        <source>Checking for a system keychain…</source>
        <translation>Checking for a system keychain…</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Cannot create %1</translation>
    </message>
</context>
<context>
    <name>wither::desktop::LatencyChartView</name>
    <message>
        <source>Latency (ms)</source>
        <translation>Latency (ms)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
</context>
<context>
    <name>wither::desktop::MainWindow</name>
    <message>
        <source>Wither Admin</source>
        <translation>Wither Admin</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Connect to Server…</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Switch &amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit Log</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Pause Auto-Refresh</source>
        <translation>&amp;Pause Auto-Refresh</translation>
    </message>
    <message>
        <source>Auto-Refresh &amp;Interval</source>
        <translation>Auto-Refresh &amp;Interval</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Generate Token…</source>
        <translation>&amp;Generate Token…</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>&amp;Revoke Selected…</translation>
    </message>
    <message>
        <source>&amp;Find Token</source>
        <translation>&amp;Find Token</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About wither-admin</source>
        <translation>&amp;About wither-admin</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>No saved profiles</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <source>%1 (Wither %2)</source>
        <translation>%1 (Wither %2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Key stored in a file (no keychain)</source>
        <translation>Key stored in a file (no keychain)</translation>
    </message>
    <message>
        <source>Generate a new token (Ctrl+N)</source>
        <translation>Generate a new token (Ctrl+N)</translation>
    </message>
    <message>
        <source>Token %1 generated for %2.</source>
        <translation>Token %1 generated for %2.</translation>
    </message>
    <message>
        <source>Resume &amp;Auto-Refresh</source>
        <translation>Resume &amp;Auto-Refresh</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>profile name: server URL</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (Wither %3)</source>
        <translation>%1: %2 (Wither %3)</translation>
    </message>
    <message>
        <source>Last refresh %1 · auto-refresh paused</source>
        <translation>Last refresh %1 · auto-refresh paused</translation>
    </message>
    <message>
        <source>Last refresh %1 · every %2 s</source>
        <translation>Last refresh %1 · every %2 s</translation>
    </message>
    <message>
        <source>Not refreshed yet · auto-refresh paused</source>
        <translation>Not refreshed yet · auto-refresh paused</translation>
    </message>
    <message>
        <source>Not refreshed yet · every %1 s</source>
        <translation>Not refreshed yet · every %1 s</translation>
    </message>
</context>
<context>
    <name>wither::desktop::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectActivationDialog</name>
    <message>
        <source>Deactivate Project</source>
        <translation>Deactivate Project</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate project &lt;b&gt;%1&lt;/b&gt;? Its %n active token(s) stop working at once. They are not revoked and work again when the project is activated.</source>
        <translation>
            <numerusform>Deactivate project &lt;b&gt;%1&lt;/b&gt;? Its %n active token stops working at once. It is not revoked and works again when the project is activated.</numerusform>
            <numerusform>Deactivate project &lt;b&gt;%1&lt;/b&gt;? Its %n active tokens stop working at once. They are not revoked and work again when the project is activated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also revoke all tokens (cannot be undone)</source>
        <translation>Also revoke all tokens (cannot be undone)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Activate Project</source>
        <translation>Activate Project</translation>
    </message>
    <message>
        <source>Activate project &lt;b&gt;%1&lt;/b&gt;? Its tokens that are neither revoked nor expired work again.</source>
        <translation>Activate project &lt;b&gt;%1&lt;/b&gt;? Its tokens that are neither revoked nor expired work again.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectDetailsPage</name>
    <message>
        <source>Generate Token</source>
        <translation>Generate Token</translation>
    </message>
    <message>
        <source>Revoke All Tokens</source>
        <translation>Revoke All Tokens</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Audit Events</source>
        <translation>Audit Events</translation>
    </message>
    <message>
        <source>Back to the projects</source>
        <translation>Back to the projects</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Upstream URL:</source>
        <translation>Upstream URL:</translation>
    </message>
    <message>
        <source>Upstream API key:</source>
        <translation>Upstream API key:</translation>
    </message>
    <message>
        <source>Cache TTL:</source>
        <translation>Cache TTL:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>Project ID:</translation>
    </message>
    <message>
        <source>Requests, last 7 days</source>
        <translation>Requests, last 7 days</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>project status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>project status</comment>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>off</source>
        <comment>cache ttl</comment>
        <translation>off</translation>
    </message>
    <message>
        <source>%1 total, %2 active</source>
        <translation>%1 total, %2 active</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Cannot generate tokens for inactive project. Activate the project first.</source>
        <translation>Cannot generate tokens for inactive project. Activate the project first.</translation>
    </message>
    <message>
        <source>Generate a token for this project</source>
        <translation>Generate a token for this project</translation>
    </message>
    <message>
        <source>Revoke every token of this project at once</source>
        <translation>Revoke every token of this project at once</translation>
    </message>
    <message>
        <source>Project %1 saved.</source>
        <translation>Project %1 saved.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectDialog</name>
    <message>
        <source>Edit Project</source>
        <translation>Edit Project</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>e.g. Support Chatbot</source>
        <translation>e.g. Support Chatbot</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>OpenAI-compatible upstream; empty = the server&apos;s default</source>
        <translation>OpenAI-compatible upstream; empty = the server&apos;s default</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>&amp;Upstream URL:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Upstream &amp;API key:</source>
        <translation>Upstream &amp;API key:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>How long responses are cached for this project (0 = only when a client asks with Cache-Control: max-age)</source>
        <translation>How long responses are cached for this project (0 = only when a client asks with Cache-Control: max-age)</translation>
    </message>
    <message>
        <source>&amp;Cache TTL:</source>
        <translation>&amp;Cache TTL:</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>unchanged (%1)</translation>
    </message>
    <message>
        <source>The stored key is never shown; leave the field empty to keep it.</source>
        <translation>The stored key is never shown; leave the field empty to keep it.</translation>
    </message>
    <message>
        <source>required, e.g. sk-proj-…</source>
        <translation>required, e.g. sk-proj-…</translation>
    </message>
    <message>
        <source>The upstream key is stored encrypted on the server and never shown again.</source>
        <translation>The upstream key is stored encrypted on the server and never shown again.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create Project</source>
        <translation>Create Project</translation>
    </message>
    <message>
        <source>Enter a project name.</source>
        <translation>Enter a project name.</translation>
    </message>
    <message>
        <source>The upstream URL must be an absolute http(s) URL.</source>
        <translation>The upstream URL must be an absolute http(s) URL.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s upstream API key.</source>
        <translation>Enter the project&apos;s upstream API key.</translation>
    </message>
    <message>
        <source>That looks like an obfuscated key. Enter the real upstream API key.</source>
        <translation>That looks like an obfuscated key. Enter the real upstream API key.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectTableModel</name>
    <message>
        <source>Project ID: %1</source>
        <translation>Project ID: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>project status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>project status</comment>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>Deactivated %1</translation>
    </message>
    <message>
        <source>%1 total / %2 active</source>
        <translation>%1 total / %2 active</translation>
    </message>
    <message>
        <source>Upstream API key: %1</source>
        <translation>Upstream API key: %1</translation>
    </message>
    <message>
        <source>off</source>
        <comment>cache ttl</comment>
        <translation>off</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Cache TTL</source>
        <translation>Cache TTL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectsPage</name>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Project %1 created.</source>
        <translation>Project %1 created.</translation>
    </message>
    <message>
        <source>Project %1 saved.</source>
        <translation>Project %1 saved.</translation>
    </message>
    <message>
        <source>Project %1 activated.</source>
        <translation>Project %1 activated.</translation>
    </message>
    <message>
        <source>Project %1 deactivated.</source>
        <translation>Project %1 deactivated.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::RequestsChartView</name>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Cached</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
</context>
<context>
    <name>wither::desktop::RevokeTokensDialog</name>
    <message>
        <source>Revoke token &lt;code&gt;%1&lt;/code&gt;? It immediately becomes unusable.</source>
        <translation>Revoke token &lt;code&gt;%1&lt;/code&gt;? It immediately becomes unusable.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Revoke Token</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n selected token(s)? They immediately become unusable.</source>
        <translation>
            <numerusform>Revoke %n selected token? It immediately becomes unusable.</numerusform>
            <numerusform>Revoke %n selected tokens? They immediately become unusable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Selected Tokens</source>
        <translation>Revoke Selected Tokens</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Token(s)</source>
        <translation>
            <numerusform>Revoke %n Token</numerusform>
            <numerusform>Revoke %n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all tokens of project &lt;b&gt;%1&lt;/b&gt;? This revokes its %n active token(s).</source>
        <translation>
            <numerusform>Revoke all tokens of project &lt;b&gt;%1&lt;/b&gt;? This revokes its %n active token.</numerusform>
            <numerusform>Revoke all tokens of project &lt;b&gt;%1&lt;/b&gt;? This revokes its %n active tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: Bulk revocation affects all tokens immediately and cannot be undone.</source>
        <translation>Warning: Bulk revocation affects all tokens immediately and cannot be undone.</translation>
    </message>
    <message>
        <source>Type the project name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Type the project name &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <source>Revoke All Tokens</source>
        <translation>Revoke All Tokens</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln token(s).</source>
        <translation>
            <numerusform>Revoked %Ln token.</numerusform>
            <numerusform>Revoked %Ln tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already revoked.</source>
        <translation>
            <numerusform>%Ln was already revoked.</numerusform>
            <numerusform>%Ln were already revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer exist.</source>
        <translation>
            <numerusform>%Ln no longer exists.</numerusform>
            <numerusform>%Ln no longer exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln token(s) of project &lt;b&gt;%1&lt;/b&gt;. %2 were already revoked; the project has %3 token(s) in total.</source>
        <translation>
            <numerusform>Revoked %Ln token of project &lt;b&gt;%1&lt;/b&gt;. %2 were already revoked; the project has %3 token in total.</numerusform>
            <numerusform>Revoked %Ln tokens of project &lt;b&gt;%1&lt;/b&gt;. %2 were already revoked; the project has %3 tokens in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wither::desktop::ScreenshotRunner</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Cannot create %1</translation>
    </message>
</context>
<context>
    <name>wither::desktop::TimeFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <comment>relative time</comment>
        <translation>just now</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>relative time in the future</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>relative time in the past</comment>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>time with relative hint</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wither::desktop::TlsFailure</name>
    <message>
        <source>The server presented a different certificate than the one pinned for this profile.</source>
        <translation>The server presented a different certificate than the one pinned for this profile.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>no certificate</translation>
    </message>
    <message>
        <source>the certificate does not match the pin: the server presented SHA-256 %1, the profile pins %2</source>
        <translation>the certificate does not match the pin: the server presented SHA-256 %1, the profile pins %2</translation>
    </message>
</context>
<context>
    <name>wither::desktop::TokenDetailsPage</name>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Change Limit</source>
        <translation>Change Limit</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Copy ID</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Audit Events</source>
        <translation>Audit Events</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>Basic Information</translation>
    </message>
    <message>
        <source>Token ID:</source>
        <translation>Token ID:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Timestamps</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>Created at:</translation>
    </message>
    <message>
        <source>Last used at:</source>
        <translation>Last used at:</translation>
    </message>
    <message>
        <source>Expires at:</source>
        <translation>Expires at:</translation>
    </message>
    <message>
        <source>Revoked at:</source>
        <translation>Revoked at:</translation>
    </message>
    <message>
        <source>Usage Statistics</source>
        <translation>Usage Statistics</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>REQUESTS</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>CACHED</translation>
    </message>
    <message>
        <source>UPSTREAM</source>
        <translation>UPSTREAM</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <source>REMAINING</source>
        <translation>REMAINING</translation>
    </message>
    <message>
        <source>CACHE HIT RATE</source>
        <translation>CACHE HIT RATE</translation>
    </message>
    <message>
        <source>Total requests made with this token</source>
        <translation>Total requests made with this token</translation>
    </message>
    <message>
        <source>Requests served from cache</source>
        <translation>Requests served from cache</translation>
    </message>
    <message>
        <source>Requests forwarded to the upstream</source>
        <translation>Requests forwarded to the upstream</translation>
    </message>
    <message>
        <source>Max requests (∞ if unlimited)</source>
        <translation>Max requests (∞ if unlimited)</translation>
    </message>
    <message>
        <source>Requests until the limit is reached</source>
        <translation>Requests until the limit is reached</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Token ID copied to the clipboard.</source>
        <translation>Token ID copied to the clipboard.</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>Token %1 · %2</source>
        <translation>Token %1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 — expires in %2</source>
        <translation>%1 — expires in %2</translation>
    </message>
    <message>
        <source>%1 — expired %2</source>
        <translation>%1 — expired %2</translation>
    </message>
    <message>
        <source>The token is already revoked.</source>
        <translation>The token is already revoked.</translation>
    </message>
    <message>
        <source>Revoke the token; it becomes unusable at once.</source>
        <translation>Revoke the token; it becomes unusable at once.</translation>
    </message>
    <message>
        <source>Expired tokens cannot be reactivated. Generate a new token instead.</source>
        <translation>Expired tokens cannot be reactivated. Generate a new token instead.</translation>
    </message>
    <message>
        <source>Only revoked tokens can be reactivated.</source>
        <translation>Only revoked tokens can be reactivated.</translation>
    </message>
    <message>
        <source>Make the revoked token usable again until it expires.</source>
        <translation>Make the revoked token usable again until it expires.</translation>
    </message>
    <message>
        <source>Change the request limit; the counters are kept.</source>
        <translation>Change the request limit; the counters are kept.</translation>
    </message>
    <message>
        <source>Token %1 revoked. It is unusable from now on.</source>
        <translation>Token %1 revoked. It is unusable from now on.</translation>
    </message>
    <message>
        <source>Token %1 reactivated.</source>
        <translation>Token %1 reactivated.</translation>
    </message>
    <message>
        <source>Limit of token %1 changed to %2.</source>
        <translation>Limit of token %1 changed to %2.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>made with this token</source>
        <translation>made with this token</translation>
    </message>
    <message>
        <source>served from cache</source>
        <translation>served from cache</translation>
    </message>
    <message>
        <source>forwarded upstream</source>
        <translation>forwarded upstream</translation>
    </message>
    <message>
        <source>max requests</source>
        <translation>max requests</translation>
    </message>
    <message>
        <source>until the limit</source>
        <translation>until the limit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>high: served quickly from cache</source>
        <translation>high: served quickly from cache</translation>
    </message>
    <message>
        <source>low is normal for unique prompts</source>
        <translation>low is normal for unique prompts</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>no requests yet</translation>
    </message>
</context>
<context>
    <name>wither::desktop::TokenListView</name>
    <message>
        <source>Showing %1 of %2 tokens</source>
        <translation>Showing %1 of %2 tokens</translation>
    </message>
    <message>
        <source>Token %1 revoked. It is unusable from now on.</source>
        <translation>Token %1 revoked. It is unusable from now on.</translation>
    </message>
    <message>
        <source>No revocable token is selected.</source>
        <translation>No revocable token is selected.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 tokens · loading…</source>
        <translation>Showing %1 of %2 tokens · loading…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 tokens · scroll down to load more</source>
        <translation>Showing %1 of %2 tokens · scroll down to load more</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 tokens · %Ln selected</source>
        <translation>
            <numerusform>Showing %1 of %2 tokens · %Ln selected</numerusform>
            <numerusform>Showing %1 of %2 tokens · %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 tokens · %Ln selected · loading…</source>
        <translation>
            <numerusform>Showing %1 of %2 tokens · %Ln selected · loading…</numerusform>
            <numerusform>Showing %1 of %2 tokens · %Ln selected · loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 tokens · %Ln selected · scroll down to load more</source>
        <translation>
            <numerusform>Showing %1 of %2 tokens · %Ln selected · scroll down to load more</numerusform>
            <numerusform>Showing %1 of %2 tokens · %Ln selected · scroll down to load more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wither::desktop::TokenTableModel</name>
    <message>
        <source>Token ID: %1
Token: %2</source>
        <translation>Token ID: %1
Token: %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>Project ID: %1</translation>
    </message>
    <message>
        <source>%1 of %2 requests used, %3 remaining</source>
        <translation>%1 of %2 requests used, %3 remaining</translation>
    </message>
    <message>
        <source>%1 requests, no limit</source>
        <translation>%1 requests, no limit</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Cached</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Truncated token identifier; the tooltip shows the full ID</source>
        <translation>Truncated token identifier; the tooltip shows the full ID</translation>
    </message>
    <message>
        <source>Usage count (used/limit, ∞ = unlimited)</source>
        <translation>Usage count (used/limit, ∞ = unlimited)</translation>
    </message>
    <message>
        <source>Requests served from the cache</source>
        <translation>Requests served from the cache</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Click to sort</translation>
    </message>
</context>
<context>
    <name>wither::desktop::TokensPage</name>
    <message>
        <source>Generate Token</source>
        <translation>Generate Token</translation>
    </message>
    <message>
        <source>Revoke Selected</source>
        <translation>Revoke Selected</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Selected Rows…</source>
        <translation>Selected Rows…</translation>
    </message>
    <message>
        <source>All Matching Rows…</source>
        <translation>All Matching Rows…</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Revoke the selected tokens (Delete)</translation>
    </message>
    <message>
        <source>Generate a new token (Ctrl+N)</source>
        <translation>Generate a new token (Ctrl+N)</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Search by token ID, token or label (Ctrl+F)</source>
        <translation>Search by token ID, token or label (Ctrl+F)</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Revoke Selected (%1)</source>
        <translation>Revoke Selected (%1)</translation>
    </message>
    <message>
        <source>Select the rows to export first, or export all matching rows.</source>
        <translation>Select the rows to export first, or export all matching rows.</translation>
    </message>
    <message>
        <source>Export Tokens</source>
        <translation>Export Tokens</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Tokens exported to %1.</source>
        <translation>Tokens exported to %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>wither::desktop::UsageChartView</name>
    <message>
        <source>No traffic in this period.</source>
        <translation>No traffic in this period.</translation>
    </message>
</context>
</TS>
