#include "preferences.h"

#include <QLocale>
#include <QSettings>

namespace {
const QString LanguageKey = QStringLiteral("general/language");
const QString DatabaseKey = QStringLiteral("store/databasePath");
const QString FeedKey = QStringLiteral("feed/source");
const QString NoContactKey = QStringLiteral("live/noContactMinutes");
const QString LateToleranceKey = QStringLiteral("alerts/lateToleranceMinutes");
const QString NotifySevereKey = QStringLiteral("alerts/notifySevere");
const QString WaitForWindowKey = QStringLiteral("eta/crewsWaitForWindow");
const QString UserNameKey = QStringLiteral("general/userName");
// Read by the map panel too.
const QString TileUrlKey = QStringLiteral("map/tileUrl");
const QString TileAttributionKey = QStringLiteral("map/tileAttribution");
} // namespace

namespace Preferences {

QString language()
{
    const QString value = QSettings().value(LanguageKey).toString();
    return value == QLatin1String("nl") || value == QLatin1String("en") ? value : QString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

QString effectiveLanguage()
{
    const QString chosen = language();
    if (!chosen.isEmpty())
        return chosen;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        if (ui.startsWith(QLatin1String("nl")))
            return QStringLiteral("nl");
        if (ui.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString databasePath()
{
    return QSettings().value(DatabaseKey).toString();
}

void setDatabasePath(const QString &path)
{
    QSettings().setValue(DatabaseKey, path);
}

QString feedSource()
{
    return QSettings().value(FeedKey).toString();
}

void setFeedSource(const QString &source)
{
    QSettings().setValue(FeedKey, source);
}

int noContactMinutes()
{
    return qBound(2, QSettings().value(NoContactKey, 15).toInt(), 240);
}

void setNoContactMinutes(int minutes)
{
    QSettings().setValue(NoContactKey, minutes);
}

int lateToleranceMinutes()
{
    return qBound(0, QSettings().value(LateToleranceKey, 5).toInt(), 120);
}

void setLateToleranceMinutes(int minutes)
{
    QSettings().setValue(LateToleranceKey, minutes);
}

bool notifySevereAlerts()
{
    return QSettings().value(NotifySevereKey, true).toBool();
}

void setNotifySevereAlerts(bool on)
{
    QSettings().setValue(NotifySevereKey, on);
}

bool crewsWaitForWindow()
{
    return QSettings().value(WaitForWindowKey, true).toBool();
}

void setCrewsWaitForWindow(bool wait)
{
    QSettings().setValue(WaitForWindowKey, wait);
}

QString userName()
{
    return QSettings().value(UserNameKey).toString().trimmed();
}

void setUserName(const QString &name)
{
    QSettings().setValue(UserNameKey, name.trimmed());
}

QString effectiveUserName()
{
    const QString name = userName();
    if (!name.isEmpty())
        return name;
    const QString system = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return system.isEmpty() ? QStringLiteral("?") : system;
}

QString tileUrl()
{
    return QSettings().value(TileUrlKey).toString();
}

void setTileUrl(const QString &urlTemplate)
{
    QSettings().setValue(TileUrlKey, urlTemplate);
}

QString tileAttribution()
{
    return QSettings().value(TileAttributionKey).toString();
}

void setTileAttribution(const QString &text)
{
    QSettings().setValue(TileAttributionKey, text);
}

} // namespace Preferences
