<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop administration for the Wither token proxy.</source>
        <translation>Desktop-Verwaltung für den Wither-Token-Proxy.</translation>
    </message>
    <message>
        <source>Connect to the server at &lt;url&gt;.</source>
        <translation>Mit dem Server unter &lt;url&gt; verbinden.</translation>
    </message>
    <message>
        <source>Read the management key from &lt;path&gt; (default: $WITHER_MANAGEMENT_TOKEN).</source>
        <translation>Verwaltungsschlüssel aus &lt;path&gt; lesen (Standard: $WITHER_MANAGEMENT_TOKEN).</translation>
    </message>
    <message>
        <source>Render every main screen to PNG files in &lt;dir&gt; and exit.</source>
        <translation>Alle Hauptansichten als PNG-Dateien in &lt;dir&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de.</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de.</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL.</source>
        <translation>--server erwartet eine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--screenshot needs --server and a key (--key-file or WITHER_MANAGEMENT_TOKEN).</source>
        <translation>--screenshot erfordert --server und einen Schlüssel (--key-file oder WITHER_MANAGEMENT_TOKEN).</translation>
    </message>
</context>
<context>
    <name>UsageRange</name>
    <message>
        <source>24 h</source>
        <translation>24 Std.</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
</context>
<context>
    <name>wither::desktop</name>
    <message>
        <source>Active</source>
        <comment>token status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>token status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>token status</comment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Rate Limited</source>
        <comment>token status</comment>
        <translation>Limit erreicht</translation>
    </message>
    <message>
        <source>Project inactive</source>
        <comment>token status</comment>
        <translation>Projekt inaktiv</translation>
    </message>
    <message>
        <source>Token is valid and usable</source>
        <comment>token status description</comment>
        <translation>Token ist gültig und verwendbar</translation>
    </message>
    <message>
        <source>Token has passed its expiration time; it cannot be reactivated</source>
        <comment>token status description</comment>
        <translation>Token ist abgelaufen und kann nicht reaktiviert werden</translation>
    </message>
    <message>
        <source>Token was manually deactivated; it can be reactivated until it expires</source>
        <comment>token status description</comment>
        <translation>Token wurde manuell deaktiviert und kann bis zum Ablauf reaktiviert werden</translation>
    </message>
    <message>
        <source>Request limit reached; increase the limit or generate a new token</source>
        <comment>token status description</comment>
        <translation>Anfragelimit erreicht; Limit erhöhen oder neues Token erzeugen</translation>
    </message>
    <message>
        <source>The token&apos;s project is deactivated; the token works again when the project is activated</source>
        <comment>token status description</comment>
        <translation>Das Projekt des Tokens ist deaktiviert; das Token funktioniert wieder, sobald das Projekt aktiviert wird</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>audit outcome</comment>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <comment>audit outcome</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Denied</source>
        <comment>audit outcome</comment>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>audit outcome</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Admin</source>
        <comment>management key role</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor (read-only)</source>
        <comment>management key role</comment>
        <translation>Prüfer (nur lesen)</translation>
    </message>
</context>
<context>
    <name>wither::desktop::AboutDialog</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Wither %1 at %2</source>
        <translation>Wither %1 unter %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;wither-admin %1&lt;/h3&gt;&lt;p&gt;Desktop administration for Wither: withering tokens that expire, carry request limits and can be revoked at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Built with Qt %3 (running on %4), Qt Charts and QtKeychain.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;wither-admin %1&lt;/h3&gt;&lt;p&gt;Desktop-Verwaltung für Wither: kurzlebige Tokens, die ablaufen, ein Anfragelimit tragen und sofort widerrufen werden können.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;small&gt;Erstellt mit Qt %3 (läuft unter %4), Qt Charts und QtKeychain.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About wither-admin</source>
        <translation>Über wither-admin</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ActionsDelegate</name>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ApiClient</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>GET /health did not answer like Wither (%1)</source>
        <translation>GET /health antwortete nicht wie ein Wither-Server (%1)</translation>
    </message>
    <message>
        <source>GET /health answered HTTP %1</source>
        <translation>GET /health antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>/health carries no Wither version</source>
        <translation>/health enthält keine Wither-Version</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ApiClientError</name>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Sichere Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server at %1 is not a Wither server: %2</source>
        <translation>Der Server unter %1 ist kein Wither-Server: %2</translation>
    </message>
    <message>
        <source>Unexpected answer from %1: %2</source>
        <translation>Unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The management key was rejected (401 Unauthorized). Check the key in the connection settings.</source>
        <translation>Der Verwaltungsschlüssel wurde abgelehnt (401 Unauthorized). Prüfen Sie den Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>This management key may only read (auditor role): %1</source>
        <translation>Dieser Verwaltungsschlüssel darf nur lesen (Prüferrolle): %1</translation>
    </message>
    <message>
        <source>Too many failed attempts from this computer; the server refuses requests for a minute: %1</source>
        <translation>Zu viele Fehlversuche von diesem Computer; der Server lehnt Anfragen eine Minute lang ab: %1</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server antwortete mit HTTP-Status %1.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::AppContext</name>
    <message>
        <source>Your management key has the auditor role: it may only read.</source>
        <translation>Ihr Verwaltungsschlüssel hat die Prüferrolle: Er darf nur lesen.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::AuditEventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>wither::desktop::AuditLogPage</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Verify Integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Neuere</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Ältere ›</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
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
        <translation>Hash-Kette des Audit-Protokolls auf dem Server prüfen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All %1* actions</source>
        <translation>Alle %1*-Aktionen</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Select an event to see every field.</source>
        <translation>Wählen Sie ein Ereignis, um alle Felder zu sehen.</translation>
    </message>
    <message>
        <source>Per page:</source>
        <translation>Pro Seite:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Keine Ereignisse entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 events, newest first</source>
        <translation>Seite %1 von %2 · %3 Ereignisse, neueste zuerst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Laufnummer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Audit-Protokoll wird geprüft…</translation>
    </message>
    <message>
        <source>✔ Audit log intact: %1 events checked, the hash chain is unbroken.</source>
        <translation>✔ Audit-Protokoll intakt: %1 Ereignisse geprüft, die Hash-Kette ist lückenlos.</translation>
    </message>
    <message>
        <source>✘ Audit log TAMPERED: the hash chain breaks at event #%1 (%2 events checked before).</source>
        <translation>✘ Audit-Protokoll MANIPULIERT: Die Hash-Kette bricht bei Ereignis #%1 (%2 Ereignisse davor geprüft).</translation>
    </message>
    <message>
        <source>Export Audit Events</source>
        <translation>Audit-Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Audit events exported to %1.</source>
        <translation>Audit-Ereignisse nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ChangeLimitDialog</name>
    <message>
        <source>Change Request Limit</source>
        <translation>Anfragelimit ändern</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Max requests (0 = unlimited)</source>
        <translation>Maximale Anfragen (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>&amp;Max Requests:</source>
        <translation>&amp;Max. Anfragen:</translation>
    </message>
    <message>
        <source>Change Limit</source>
        <translation>Limit ändern</translation>
    </message>
    <message>
        <source>The token will have no request limit (∞).</source>
        <translation>Das Token hat dann kein Anfragelimit (∞).</translation>
    </message>
    <message numerus="yes">
        <source>Token &lt;code&gt;%1&lt;/code&gt; has served %Ln request(s). The counters are kept; only the limit changes.</source>
        <translation>
            <numerusform>Token &lt;code&gt;%1&lt;/code&gt; hat %Ln Anfrage bedient. Die Zähler bleiben erhalten; nur das Limit ändert sich.</numerusform>
            <numerusform>Token &lt;code&gt;%1&lt;/code&gt; hat %Ln Anfragen bedient. Die Zähler bleiben erhalten; nur das Limit ändert sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The token has already served %Ln request(s); with this limit it is rate limited at once.</source>
        <translation>
            <numerusform>Das Token hat bereits %Ln Anfrage bedient; mit diesem Limit ist das Limit sofort erreicht.</numerusform>
            <numerusform>Das Token hat bereits %Ln Anfragen bedient; mit diesem Limit ist das Limit sofort erreicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) will remain.</source>
        <translation>
            <numerusform>Es verbleibt %Ln Anfrage.</numerusform>
            <numerusform>Es verbleiben %Ln Anfragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wither::desktop::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to a Wither Server</source>
        <translation>Mit einem Wither-Server verbinden</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>sk-wm-… (from &lt;data-dir&gt;/management-token)</source>
        <translation>sk-wm-… (aus &lt;data-dir&gt;/management-token)</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Management &amp;key:</source>
        <translation>Verwaltungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// server URL.</source>
        <translation>Geben Sie eine http://- oder https://-Server-URL ein.</translation>
    </message>
    <message>
        <source>Enter the management key.</source>
        <translation>Geben Sie den Verwaltungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to Wither %1; the key has the role %2.</source>
        <translation>Verbunden mit Wither %1; der Schlüssel hat die Rolle %2.</translation>
    </message>
    <message>
        <source>Connected, but the key could not be stored: %1</source>
        <translation>Verbunden, aber der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate</source>
        <translation>Diesem Zertifikat ve&amp;rtrauen</translation>
    </message>
    <message>
        <source>none: the system&apos;s CAs decide</source>
        <translation>keiner: die CAs des Systems entscheiden</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate. With a pin, wither-admin connects only when the server presents exactly this certificate, also a self-signed one.</source>
        <translation>SHA-256-Fingerabdruck des Serverzertifikats. Mit einem Pin verbindet sich wither-admin nur, wenn der Server genau dieses Zertifikat vorlegt, auch ein selbstsigniertes.</translation>
    </message>
    <message>
        <source>Remove the pin: the system&apos;s certificate authorities decide again</source>
        <translation>Pin entfernen: Wieder entscheiden die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Certificate &amp;pin:</source>
        <translation>&amp;Zertifikats-Pin:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Gepinnt:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The server presented another certificate than the one pinned for this profile: someone may be intercepting the connection. If the server&apos;s certificate was replaced, confirm the new fingerprint with its administrator, then clear the pin and connect again.</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das für dieses Profil gepinnte: Möglicherweise wird die Verbindung abgefangen. Falls das Zertifikat des Servers ersetzt wurde, lassen Sie sich den neuen Fingerabdruck von dessen Administrator bestätigen, entfernen Sie dann den Pin und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Trust the certificate only if its SHA-256 fingerprint matches the one of the server (ask its administrator or run &lt;code&gt;openssl x509 -noout -fingerprint -sha256 -in cert.pem&lt;/code&gt; on it). Trusting pins exactly this certificate for this profile.</source>
        <translation>Vertrauen Sie dem Zertifikat nur, wenn sein SHA-256-Fingerabdruck mit dem des Servers übereinstimmt (fragen Sie dessen Administrator oder führen Sie dort &lt;code&gt;openssl x509 -noout -fingerprint -sha256 -in cert.pem&lt;/code&gt; aus). Wenn Sie vertrauen, wird genau dieses Zertifikat für dieses Profil gepinnt.</translation>
    </message>
    <message>
        <source>Secure connection to %1 refused: the server&apos;s certificate does not match the pinned certificate.</source>
        <translation>Sichere Verbindung zu %1 abgelehnt: Das Zertifikat des Servers stimmt nicht mit dem gepinnten Zertifikat überein.</translation>
    </message>
    <message>
        <source>The certificate pin is not a SHA-256 fingerprint: expected 32 hex byte pairs such as AB:CD:…, as printed by openssl x509 -fingerprint -sha256.</source>
        <translation>Der Zertifikats-Pin ist kein SHA-256-Fingerabdruck: Erwartet werden 32 Hex-Bytepaare wie AB:CD:…, wie sie openssl x509 -fingerprint -sha256 ausgibt.</translation>
    </message>
    <message>
        <source>A certificate pin needs an https:// server URL.</source>
        <translation>Ein Zertifikats-Pin erfordert eine https://-Server-URL.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>PROJECTS</source>
        <translation>PROJEKTE</translation>
    </message>
    <message>
        <source>ACTIVE TOKENS</source>
        <translation>AKTIVE TOKENS</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>ABGELAUFEN</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>WIDERRUFEN</translation>
    </message>
    <message>
        <source>RATE LIMITED</source>
        <translation>LIMIT ERREICHT</translation>
    </message>
    <message>
        <source>REQUESTS TODAY</source>
        <translation>ANFRAGEN HEUTE</translation>
    </message>
    <message>
        <source>CACHE HIT RATE TODAY</source>
        <translation>CACHE-TREFFERQUOTE HEUTE</translation>
    </message>
    <message>
        <source>Show the %1 tokens</source>
        <translation>Tokens mit Status „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Expiring within 24 h</source>
        <translation>Läuft innerhalb von 24 Std. ab</translation>
    </message>
    <message>
        <source>Above 80 % of their limit</source>
        <translation>Über 80 % des Limits</translation>
    </message>
    <message>
        <source>Active, unused for 7 days</source>
        <translation>Aktiv, seit 7 Tagen unbenutzt</translation>
    </message>
    <message>
        <source>All traffic, last 24 hours</source>
        <translation>Gesamter Verkehr, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%1 active · %2 inactive</source>
        <translation>%1 aktiv · %2 inaktiv</translation>
    </message>
    <message>
        <source>of %1 tokens; %2 in inactive projects</source>
        <translation>von %1 Tokens; %2 in inaktiven Projekten</translation>
    </message>
    <message>
        <source>%1 served from cache</source>
        <translation>%1 aus dem Cache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 verbraucht</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt verwendet %1</translation>
    </message>
    <message>
        <source>never used, created %1</source>
        <translation>nie verwendet, erstellt %1</translation>
    </message>
    <message>
        <source>Open token %1</source>
        <translation>Token %1 öffnen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ErrorsChartView</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No errors in this period.</source>
        <translation>Keine Fehler in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::GenerateTokenDialog</name>
    <message>
        <source>One-time testing</source>
        <translation>Einmaliger Test</translation>
    </message>
    <message>
        <source>1–4 hours</source>
        <translation>1–4 Stunden</translation>
    </message>
    <message>
        <source>Development session</source>
        <translation>Entwicklungssitzung</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>CI/CD pipeline</source>
        <translation>CI/CD-Pipeline</translation>
    </message>
    <message>
        <source>4–8 hours</source>
        <translation>4–8 Stunden</translation>
    </message>
    <message>
        <source>Weekly batch job</source>
        <translation>Wöchentlicher Batch-Job</translation>
    </message>
    <message>
        <source>168 hours (7 days)</source>
        <translation>168 Stunden (7 Tage)</translation>
    </message>
    <message>
        <source>Long-running service</source>
        <translation>Dauerhaft laufender Dienst</translation>
    </message>
    <message>
        <source>720 hours (30 days)</source>
        <translation>720 Stunden (30 Tage)</translation>
    </message>
    <message>
        <source>Generate Token</source>
        <translation>Token erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Use &amp;case:</source>
        <translation>&amp;Einsatzzweck:</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Token lifetime in hours (required, default 24, at most 8760 = 365 days)</source>
        <translation>Gültigkeitsdauer des Tokens in Stunden (erforderlich, Standard 24, höchstens 8760 = 365 Tage)</translation>
    </message>
    <message>
        <source>&amp;Duration (hours):</source>
        <translation>&amp;Dauer (Stunden):</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Request limit (0 = unlimited)</source>
        <translation>Anfragelimit (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>&amp;Max Requests:</source>
        <translation>&amp;Max. Anfragen:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;CI pipeline&quot;</source>
        <translation>optional, z. B. „CI-Pipeline“</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token generated&lt;/b&gt;</source>
        <translation>&lt;b&gt;Token erzeugt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy the token immediately! It is only shown once.</source>
        <translation>Kopieren Sie das Token sofort! Es wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <source>Use it with any OpenAI SDK — the token is the API key:</source>
        <translation>Mit jedem OpenAI-SDK verwendbar – das Token ist der API-Schlüssel:</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Cannot generate tokens for inactive project. Activate the project first.</source>
        <translation>Für ein inaktives Projekt können keine Tokens erzeugt werden. Aktivieren Sie zuerst das Projekt.</translation>
    </message>
    <message>
        <source>Every project is inactive. Activate a project before generating tokens.</source>
        <translation>Alle Projekte sind inaktiv. Aktivieren Sie ein Projekt, bevor Sie Tokens erzeugen.</translation>
    </message>
    <message>
        <source>There are no projects yet. Create a project first.</source>
        <translation>Es gibt noch keine Projekte. Legen Sie zuerst ein Projekt an.</translation>
    </message>
    <message>
        <source>Expires %1 (in %2)</source>
        <translation>Läuft ab %1 (in %2)</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>Select the parent project.</source>
        <translation>Wählen Sie das übergeordnete Projekt.</translation>
    </message>
    <message>
        <source>Not copied yet.</source>
        <translation>Noch nicht kopiert.</translation>
    </message>
    <message>
        <source>Token ID &lt;code&gt;%1&lt;/code&gt; for project &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Expires %3 · Limit: %4</source>
        <translation>Token-ID &lt;code&gt;%1&lt;/code&gt; für Projekt &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;Läuft ab %3 · Limit: %4</translation>
    </message>
    <message>
        <source>∞ (unlimited)</source>
        <translation>∞ (unbegrenzt)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Ohne Kopieren schließen?</translation>
    </message>
    <message>
        <source>The token has not been copied. It is only shown once and cannot be displayed again. Close anyway?</source>
        <translation>Das Token wurde nicht kopiert. Es wird nur einmal angezeigt und kann nicht erneut angezeigt werden. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>wither::desktop::KeyStore</name>
    <message>
        <source>The management key is kept in the system keychain.</source>
        <translation>Der Verwaltungsschlüssel wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available: the management key is kept in a file only you can read (%1).</source>
        <translation>Kein Systemschlüsselbund verfügbar: Der Verwaltungsschlüssel wird in einer nur für Sie lesbaren Datei gespeichert (%1).</translation>
    </message>
    <message>
        <source>Checking for a system keychain…</source>
        <translation>Suche nach einem Systemschlüsselbund…</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>wither::desktop::LatencyChartView</name>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>&amp;Profil wechseln</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projekte</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Pause Auto-Refresh</source>
        <translation>Automatische Aktualisierung &amp;anhalten</translation>
    </message>
    <message>
        <source>Auto-Refresh &amp;Interval</source>
        <translation>&amp;Intervall der automatischen Aktualisierung</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Generate Token…</source>
        <translation>Token &amp;erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>Auswahl &amp;widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Find Token</source>
        <translation>Token &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About wither-admin</source>
        <translation>&amp;Über wither-admin</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>Keine gespeicherten Profile</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 (Wither %2)</source>
        <translation>%1 (Wither %2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Key stored in a file (no keychain)</source>
        <translation>Schlüssel in Datei gespeichert (kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Generate a new token (Ctrl+N)</source>
        <translation>Neues Token erzeugen (Strg+N)</translation>
    </message>
    <message>
        <source>Token %1 generated for %2.</source>
        <translation>Token %1 für %2 erzeugt.</translation>
    </message>
    <message>
        <source>Resume &amp;Auto-Refresh</source>
        <translation>Automatische Aktualisierung &amp;fortsetzen</translation>
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
        <translation>Zuletzt aktualisiert %1 · automatische Aktualisierung angehalten</translation>
    </message>
    <message>
        <source>Last refresh %1 · every %2 s</source>
        <translation>Zuletzt aktualisiert %1 · alle %2 s</translation>
    </message>
    <message>
        <source>Not refreshed yet · auto-refresh paused</source>
        <translation>Noch nicht aktualisiert · automatische Aktualisierung angehalten</translation>
    </message>
    <message>
        <source>Not refreshed yet · every %1 s</source>
        <translation>Noch nicht aktualisiert · alle %1 s</translation>
    </message>
</context>
<context>
    <name>wither::desktop::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectActivationDialog</name>
    <message>
        <source>Deactivate Project</source>
        <translation>Projekt deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate project &lt;b&gt;%1&lt;/b&gt;? Its %n active token(s) stop working at once. They are not revoked and work again when the project is activated.</source>
        <translation>
            <numerusform>Projekt &lt;b&gt;%1&lt;/b&gt; deaktivieren? Sein aktives Token funktioniert sofort nicht mehr. Es wird nicht widerrufen und funktioniert wieder, sobald das Projekt aktiviert wird.</numerusform>
            <numerusform>Projekt &lt;b&gt;%1&lt;/b&gt; deaktivieren? Seine %n aktiven Tokens funktionieren sofort nicht mehr. Sie werden nicht widerrufen und funktionieren wieder, sobald das Projekt aktiviert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also revoke all tokens (cannot be undone)</source>
        <translation>Auch alle Tokens widerrufen (kann nicht rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Activate Project</source>
        <translation>Projekt aktivieren</translation>
    </message>
    <message>
        <source>Activate project &lt;b&gt;%1&lt;/b&gt;? Its tokens that are neither revoked nor expired work again.</source>
        <translation>Projekt &lt;b&gt;%1&lt;/b&gt; aktivieren? Seine weder widerrufenen noch abgelaufenen Tokens funktionieren wieder.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectDetailsPage</name>
    <message>
        <source>Generate Token</source>
        <translation>Token erzeugen</translation>
    </message>
    <message>
        <source>Revoke All Tokens</source>
        <translation>Alle Tokens widerrufen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Audit Events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Back to the projects</source>
        <translation>Zurück zu den Projekten</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Upstream URL:</source>
        <translation>Upstream-URL:</translation>
    </message>
    <message>
        <source>Upstream API key:</source>
        <translation>Upstream-API-Schlüssel:</translation>
    </message>
    <message>
        <source>Cache TTL:</source>
        <translation>Cache-TTL:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>Projekt-ID:</translation>
    </message>
    <message>
        <source>Requests, last 7 days</source>
        <translation>Anfragen, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>project status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>project status</comment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>off</source>
        <comment>cache ttl</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 total, %2 active</source>
        <translation>%1 gesamt, %2 aktiv</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Cannot generate tokens for inactive project. Activate the project first.</source>
        <translation>Für ein inaktives Projekt können keine Tokens erzeugt werden. Aktivieren Sie zuerst das Projekt.</translation>
    </message>
    <message>
        <source>Generate a token for this project</source>
        <translation>Ein Token für dieses Projekt erzeugen</translation>
    </message>
    <message>
        <source>Revoke every token of this project at once</source>
        <translation>Alle Tokens dieses Projekts sofort widerrufen</translation>
    </message>
    <message>
        <source>Project %1 saved.</source>
        <translation>Projekt %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectDialog</name>
    <message>
        <source>Edit Project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>e.g. Support Chatbot</source>
        <translation>z. B. Support-Chatbot</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>OpenAI-compatible upstream; empty = the server&apos;s default</source>
        <translation>OpenAI-kompatibler Upstream; leer = Standard des Servers</translation>
    </message>
    <message>
        <source>&amp;Upstream URL:</source>
        <translation>&amp;Upstream-URL:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Upstream &amp;API key:</source>
        <translation>Upstream-&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How long responses are cached for this project (0 = only when a client asks with Cache-Control: max-age)</source>
        <translation>Wie lange Antworten für dieses Projekt zwischengespeichert werden (0 = nur, wenn ein Client mit Cache-Control: max-age anfragt)</translation>
    </message>
    <message>
        <source>&amp;Cache TTL:</source>
        <translation>&amp;Cache-TTL:</translation>
    </message>
    <message>
        <source>unchanged (%1)</source>
        <translation>unverändert (%1)</translation>
    </message>
    <message>
        <source>The stored key is never shown; leave the field empty to keep it.</source>
        <translation>Der gespeicherte Schlüssel wird nie angezeigt; lassen Sie das Feld leer, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>required, e.g. sk-proj-…</source>
        <translation>erforderlich, z. B. sk-proj-…</translation>
    </message>
    <message>
        <source>The upstream key is stored encrypted on the server and never shown again.</source>
        <translation>Der Upstream-Schlüssel wird verschlüsselt auf dem Server gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create Project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <source>Enter a project name.</source>
        <translation>Geben Sie einen Projektnamen ein.</translation>
    </message>
    <message>
        <source>The upstream URL must be an absolute http(s) URL.</source>
        <translation>Die Upstream-URL muss eine absolute http(s)-URL sein.</translation>
    </message>
    <message>
        <source>Enter the project&apos;s upstream API key.</source>
        <translation>Geben Sie den Upstream-API-Schlüssel des Projekts ein.</translation>
    </message>
    <message>
        <source>That looks like an obfuscated key. Enter the real upstream API key.</source>
        <translation>Das sieht nach einem maskierten Schlüssel aus. Geben Sie den echten Upstream-API-Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectTableModel</name>
    <message>
        <source>Project ID: %1</source>
        <translation>Projekt-ID: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>project status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>project status</comment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>Deaktiviert %1</translation>
    </message>
    <message>
        <source>%1 total / %2 active</source>
        <translation>%1 gesamt / %2 aktiv</translation>
    </message>
    <message>
        <source>Upstream API key: %1</source>
        <translation>Upstream-API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>off</source>
        <comment>cache ttl</comment>
        <translation>aus</translation>
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
        <translation>Cache-TTL</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>wither::desktop::ProjectsPage</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Project %1 created.</source>
        <translation>Projekt %1 angelegt.</translation>
    </message>
    <message>
        <source>Project %1 saved.</source>
        <translation>Projekt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Project %1 activated.</source>
        <translation>Projekt %1 aktiviert.</translation>
    </message>
    <message>
        <source>Project %1 deactivated.</source>
        <translation>Projekt %1 deaktiviert.</translation>
    </message>
</context>
<context>
    <name>wither::desktop::RequestsChartView</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus Cache</translation>
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
        <translation>Token &lt;code&gt;%1&lt;/code&gt; widerrufen? Es ist sofort nicht mehr verwendbar.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n selected token(s)? They immediately become unusable.</source>
        <translation>
            <numerusform>%n ausgewähltes Token widerrufen? Es ist sofort nicht mehr verwendbar.</numerusform>
            <numerusform>%n ausgewählte Tokens widerrufen? Sie sind sofort nicht mehr verwendbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke Selected Tokens</source>
        <translation>Ausgewählte Tokens widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Token(s)</source>
        <translation>
            <numerusform>%n Token widerrufen</numerusform>
            <numerusform>%n Tokens widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all tokens of project &lt;b&gt;%1&lt;/b&gt;? This revokes its %n active token(s).</source>
        <translation>
            <numerusform>Alle Tokens des Projekts &lt;b&gt;%1&lt;/b&gt; widerrufen? Dadurch wird sein %n aktives Token widerrufen.</numerusform>
            <numerusform>Alle Tokens des Projekts &lt;b&gt;%1&lt;/b&gt; widerrufen? Dadurch werden seine %n aktiven Tokens widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: Bulk revocation affects all tokens immediately and cannot be undone.</source>
        <translation>Achtung: Der Massenwiderruf betrifft alle Tokens sofort und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type the project name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Projektnamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Revoke All Tokens</source>
        <translation>Alle Tokens widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln token(s).</source>
        <translation>
            <numerusform>%Ln Token widerrufen.</numerusform>
            <numerusform>%Ln Tokens widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already revoked.</source>
        <translation>
            <numerusform>%Ln war bereits widerrufen.</numerusform>
            <numerusform>%Ln waren bereits widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer exist.</source>
        <translation>
            <numerusform>%Ln existiert nicht mehr.</numerusform>
            <numerusform>%Ln existieren nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln token(s) of project &lt;b&gt;%1&lt;/b&gt;. %2 were already revoked; the project has %3 token(s) in total.</source>
        <translation>
            <numerusform>%Ln Token des Projekts &lt;b&gt;%1&lt;/b&gt; widerrufen. %2 waren bereits widerrufen; das Projekt hat insgesamt %3 Token(s).</numerusform>
            <numerusform>%Ln Tokens des Projekts &lt;b&gt;%1&lt;/b&gt; widerrufen. %2 waren bereits widerrufen; das Projekt hat insgesamt %3 Token(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wither::desktop::ScreenshotRunner</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <comment>relative time</comment>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>relative time in the future</comment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>relative time in the past</comment>
        <translation>vor %1</translation>
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
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das für dieses Profil gepinnte.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>the certificate does not match the pin: the server presented SHA-256 %1, the profile pins %2</source>
        <translation>das Zertifikat stimmt nicht mit dem Pin überein: Der Server hat SHA-256 %1 vorgelegt, das Profil pinnt %2</translation>
    </message>
</context>
<context>
    <name>wither::desktop::TokenDetailsPage</name>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Change Limit</source>
        <translation>Limit ändern</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Audit Events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>Grunddaten</translation>
    </message>
    <message>
        <source>Token ID:</source>
        <translation>Token-ID:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>Erstellt am:</translation>
    </message>
    <message>
        <source>Last used at:</source>
        <translation>Zuletzt verwendet am:</translation>
    </message>
    <message>
        <source>Expires at:</source>
        <translation>Läuft ab am:</translation>
    </message>
    <message>
        <source>Revoked at:</source>
        <translation>Widerrufen am:</translation>
    </message>
    <message>
        <source>Usage Statistics</source>
        <translation>Nutzungsstatistik</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>ANFRAGEN</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>AUS CACHE</translation>
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
        <translation>VERBLEIBEND</translation>
    </message>
    <message>
        <source>CACHE HIT RATE</source>
        <translation>CACHE-TREFFERQUOTE</translation>
    </message>
    <message>
        <source>Total requests made with this token</source>
        <translation>Gesamtzahl der Anfragen mit diesem Token</translation>
    </message>
    <message>
        <source>Requests served from cache</source>
        <translation>Aus dem Cache bediente Anfragen</translation>
    </message>
    <message>
        <source>Requests forwarded to the upstream</source>
        <translation>An den Upstream weitergeleitete Anfragen</translation>
    </message>
    <message>
        <source>Max requests (∞ if unlimited)</source>
        <translation>Maximale Anfragen (∞ wenn unbegrenzt)</translation>
    </message>
    <message>
        <source>Requests until the limit is reached</source>
        <translation>Anfragen bis zum Erreichen des Limits</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <source>Token ID copied to the clipboard.</source>
        <translation>Token-ID in die Zwischenablage kopiert.</translation>
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
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 — expires in %2</source>
        <translation>%1 — läuft ab in %2</translation>
    </message>
    <message>
        <source>%1 — expired %2</source>
        <translation>%1 — abgelaufen %2</translation>
    </message>
    <message>
        <source>The token is already revoked.</source>
        <translation>Das Token ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>Revoke the token; it becomes unusable at once.</source>
        <translation>Token widerrufen; es ist sofort nicht mehr verwendbar.</translation>
    </message>
    <message>
        <source>Expired tokens cannot be reactivated. Generate a new token instead.</source>
        <translation>Abgelaufene Tokens können nicht reaktiviert werden. Erzeugen Sie stattdessen ein neues Token.</translation>
    </message>
    <message>
        <source>Only revoked tokens can be reactivated.</source>
        <translation>Nur widerrufene Tokens können reaktiviert werden.</translation>
    </message>
    <message>
        <source>Make the revoked token usable again until it expires.</source>
        <translation>Das widerrufene Token bis zu seinem Ablauf wieder verwendbar machen.</translation>
    </message>
    <message>
        <source>Change the request limit; the counters are kept.</source>
        <translation>Anfragelimit ändern; die Zähler bleiben erhalten.</translation>
    </message>
    <message>
        <source>Token %1 revoked. It is unusable from now on.</source>
        <translation>Token %1 widerrufen. Es ist ab sofort nicht mehr verwendbar.</translation>
    </message>
    <message>
        <source>Token %1 reactivated.</source>
        <translation>Token %1 reaktiviert.</translation>
    </message>
    <message>
        <source>Limit of token %1 changed to %2.</source>
        <translation>Limit von Token %1 auf %2 geändert.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>made with this token</source>
        <translation>mit diesem Token</translation>
    </message>
    <message>
        <source>served from cache</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>forwarded upstream</source>
        <translation>an den Upstream</translation>
    </message>
    <message>
        <source>max requests</source>
        <translation>max. Anfragen</translation>
    </message>
    <message>
        <source>until the limit</source>
        <translation>bis zum Limit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>high: served quickly from cache</source>
        <translation>hoch: schnell aus dem Cache</translation>
    </message>
    <message>
        <source>low is normal for unique prompts</source>
        <translation>niedrig ist bei einmaligen Prompts normal</translation>
    </message>
    <message>
        <source>no requests yet</source>
        <translation>noch keine Anfragen</translation>
    </message>
</context>
<context>
    <name>wither::desktop::TokenListView</name>
    <message>
        <source>Showing %1 of %2 tokens</source>
        <translation>%1 von %2 Tokens angezeigt</translation>
    </message>
    <message>
        <source>Token %1 revoked. It is unusable from now on.</source>
        <translation>Token %1 widerrufen. Es ist ab sofort nicht mehr verwendbar.</translation>
    </message>
    <message>
        <source>No revocable token is selected.</source>
        <translation>Kein widerrufbares Token ausgewählt.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 tokens · loading…</source>
        <translation>%1 von %2 Tokens angezeigt · wird geladen…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 tokens · scroll down to load more</source>
        <translation>%1 von %2 Tokens angezeigt · nach unten scrollen, um mehr zu laden</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 tokens · %Ln selected</source>
        <translation>
            <numerusform>%1 von %2 Tokens angezeigt · %Ln ausgewählt</numerusform>
            <numerusform>%1 von %2 Tokens angezeigt · %Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 tokens · %Ln selected · loading…</source>
        <translation>
            <numerusform>%1 von %2 Tokens angezeigt · %Ln ausgewählt · wird geladen…</numerusform>
            <numerusform>%1 von %2 Tokens angezeigt · %Ln ausgewählt · wird geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %2 tokens · %Ln selected · scroll down to load more</source>
        <translation>
            <numerusform>%1 von %2 Tokens angezeigt · %Ln ausgewählt · nach unten scrollen, um mehr zu laden</numerusform>
            <numerusform>%1 von %2 Tokens angezeigt · %Ln ausgewählt · nach unten scrollen, um mehr zu laden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wither::desktop::TokenTableModel</name>
    <message>
        <source>Token ID: %1
Token: %2</source>
        <translation>Token-ID: %1
Token: %2</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Bezeichnung: %1</translation>
    </message>
    <message>
        <source>Project ID: %1</source>
        <translation>Projekt-ID: %1</translation>
    </message>
    <message>
        <source>%1 of %2 requests used, %3 remaining</source>
        <translation>%1 von %2 Anfragen verbraucht, %3 verbleibend</translation>
    </message>
    <message>
        <source>%1 requests, no limit</source>
        <translation>%1 Anfragen, kein Limit</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus Cache</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Truncated token identifier; the tooltip shows the full ID</source>
        <translation>Gekürzte Token-ID; der Tooltip zeigt die vollständige ID</translation>
    </message>
    <message>
        <source>Usage count (used/limit, ∞ = unlimited)</source>
        <translation>Nutzung (verbraucht/Limit, ∞ = unbegrenzt)</translation>
    </message>
    <message>
        <source>Requests served from the cache</source>
        <translation>Aus dem Cache bediente Anfragen</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Zum Sortieren klicken</translation>
    </message>
</context>
<context>
    <name>wither::desktop::TokensPage</name>
    <message>
        <source>Generate Token</source>
        <translation>Token erzeugen</translation>
    </message>
    <message>
        <source>Revoke Selected</source>
        <translation>Auswahl widerrufen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Selected Rows…</source>
        <translation>Ausgewählte Zeilen…</translation>
    </message>
    <message>
        <source>All Matching Rows…</source>
        <translation>Alle passenden Zeilen…</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Ausgewählte Tokens widerrufen (Entf)</translation>
    </message>
    <message>
        <source>Generate a new token (Ctrl+N)</source>
        <translation>Neues Token erzeugen (Strg+N)</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Search by token ID, token or label (Ctrl+F)</source>
        <translation>Nach Token-ID, Token oder Bezeichnung suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Revoke Selected (%1)</source>
        <translation>Auswahl widerrufen (%1)</translation>
    </message>
    <message>
        <source>Select the rows to export first, or export all matching rows.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Zeilen aus oder exportieren Sie alle passenden Zeilen.</translation>
    </message>
    <message>
        <source>Export Tokens</source>
        <translation>Tokens exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Tokens exported to %1.</source>
        <translation>Tokens nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>wither::desktop::UsageChartView</name>
    <message>
        <source>No traffic in this period.</source>
        <translation>Kein Verkehr in diesem Zeitraum.</translation>
    </message>
</context>
</TS>
