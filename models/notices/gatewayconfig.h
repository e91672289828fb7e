#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>

class QObject;

// Where the customer-messaging gateway is and the secret the outbox signs
// with. On a desk the URL is a setting and the secret lives in the system
// keychain; on a server without one, VOORZET_GATEWAY_URL and
// VOORZET_GATEWAY_SECRET are used (and win whenever they are set).
struct GatewayConfig
{
    QUrl url;
    QByteArray secret;
    QString secretSource; // "environment" or "keychain"

    // An empty string when the URL may be used; else why not. Plain http is
    // accepted for a loopback address only (a gateway on the same machine).
    static QString checkUrl(const QUrl &url);

    // Reads the URL (environment, else settings) and the secret (environment,
    // else keychain, waiting at most `keychainTimeoutMs`). On failure returns
    // a config with an empty URL or secret and says why in `error`.
    static GatewayConfig load(QString *error, int keychainTimeoutMs = 5000);

    static QString urlSettingsKey();
    static void saveUrl(const QUrl &url);
    // Stores the secret in the keychain. False with `error` when there is none.
    static bool saveSecret(const QByteArray &secret, QString *error, int timeoutMs = 5000);
    static bool keychainAvailable(); // built with qtkeychain

    // Looks whether the keychain holds a secret, without blocking: `done` is
    // called once, from the event loop, within `timeoutMs` (unless `context`
    // is gone by then). `error` is empty when the keychain answered.
    using SecretProbe = std::function<void(bool stored, const QString &error)>;
    static void probeSecret(QObject *context, SecretProbe done, int timeoutMs = 5000);
};
