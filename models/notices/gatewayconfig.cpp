#include "gatewayconfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QSettings>
#include <QTimer>
#include <memory>

#ifdef VOORZET_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {

// lupdate files these calls under the class whose members make them, so the
// context must be the same or the Dutch text is never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("GatewayConfig", text);
}

const QString keychainService = QStringLiteral("Voorzet");
const QString keychainKey = QStringLiteral("notice-gateway-secret");

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

#ifdef VOORZET_HAVE_KEYCHAIN
// Runs a keychain job and waits for it, at most `timeoutMs`: without a
// running secret service the job may never answer, and nothing may hang.
struct JobOutcome
{
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorText;
    QByteArray data;
};

std::shared_ptr<JobOutcome> runJob(QKeychain::Job *job, int timeoutMs)
{
    auto outcome = std::make_shared<JobOutcome>();
    QEventLoop loop;
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome](QKeychain::Job *j) {
        outcome->done = true;
        outcome->error = j->error();
        outcome->errorText = j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            outcome->data = read->binaryData();
    });
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->done)
        loop.exec();
    return outcome;
}
#endif

} // namespace

QString GatewayConfig::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The gateway address is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopback(url.host()))
        return {};
    return tr("The gateway address must use https (plain http only to this computer).");
}

QString GatewayConfig::urlSettingsKey()
{
    return QStringLiteral("notices/gatewayUrl");
}

void GatewayConfig::saveUrl(const QUrl &url)
{
    QSettings().setValue(urlSettingsKey(), url.toString());
}

bool GatewayConfig::keychainAvailable()
{
#ifdef VOORZET_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

GatewayConfig GatewayConfig::load(QString *error, int keychainTimeoutMs)
{
    GatewayConfig config;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
    };
    const QByteArray envUrl = qgetenv("VOORZET_GATEWAY_URL");
    const QString urlText = !envUrl.isEmpty() ? QString::fromUtf8(envUrl)
                                              : QSettings().value(urlSettingsKey()).toString();
    if (urlText.isEmpty()) {
        fail(tr("No gateway address: set it in the settings or in VOORZET_GATEWAY_URL."));
        return config;
    }
    const QUrl url(urlText);
    if (const QString why = checkUrl(url); !why.isEmpty()) {
        fail(why);
        return config;
    }
    config.url = url;

    const QByteArray envSecret = qgetenv("VOORZET_GATEWAY_SECRET");
    if (!envSecret.isEmpty()) {
        config.secret = envSecret;
        config.secretSource = QStringLiteral("environment");
        return config;
    }
#ifdef VOORZET_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(keychainService);
    job->setKey(keychainKey);
    const auto outcome = runJob(job, keychainTimeoutMs);
    if (!outcome->done) {
        fail(tr("The system keychain did not answer; set VOORZET_GATEWAY_SECRET instead."));
        return config;
    }
    if (outcome->error != QKeychain::NoError || outcome->data.isEmpty()) {
        fail(tr("No gateway secret in the system keychain (%1); set it in the settings or "
                "in VOORZET_GATEWAY_SECRET.")
                 .arg(outcome->errorText));
        return config;
    }
    config.secret = outcome->data;
    config.secretSource = QStringLiteral("keychain");
#else
    Q_UNUSED(keychainTimeoutMs)
    fail(tr("This build has no keychain support; set VOORZET_GATEWAY_SECRET."));
#endif
    return config;
}

void GatewayConfig::probeSecret(QObject *context, SecretProbe done, int timeoutMs)
{
    // Whichever comes first, the answer or the timeout, is reported; the other is dropped.
    auto once = std::make_shared<SecretProbe>(std::move(done));
    auto report = [once](bool stored, const QString &error) {
        if (!*once)
            return;
        const SecretProbe call = std::move(*once);
        *once = nullptr;
        call(stored, error);
    };
#ifdef VOORZET_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(keychainService);
    job->setKey(keychainKey);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [report](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError)
            report(!read->binaryData().isEmpty(), QString());
        else if (j->error() == QKeychain::EntryNotFound)
            report(false, QString());
        else if (j->error() == QKeychain::NoBackendAvailable || j->errorString().isEmpty() ||
                 j->errorString() == QLatin1String("Unknown error"))
            report(false, tr("no keychain service answered"));
        else
            report(false, j->errorString());
    });
    QTimer::singleShot(timeoutMs, context,
                       [report] { report(false, tr("the system keychain did not answer")); });
    job->start();
#else
    Q_UNUSED(timeoutMs)
    QTimer::singleShot(0, context,
                       [report] { report(false, tr("this build has no keychain support")); });
#endif
}

bool GatewayConfig::saveSecret(const QByteArray &secret, QString *error, int timeoutMs)
{
#ifdef VOORZET_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(keychainService);
    job->setKey(keychainKey);
    job->setBinaryData(secret);
    const auto outcome = runJob(job, timeoutMs);
    if (outcome->done && outcome->error == QKeychain::NoError)
        return true;
    if (error)
        *error = outcome->done ? outcome->errorText : tr("The system keychain did not answer.");
    return false;
#else
    Q_UNUSED(secret)
    Q_UNUSED(timeoutMs)
    if (error)
        *error = tr("This build has no keychain support.");
    return false;
#endif
}
