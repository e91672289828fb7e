#pragma once

#include <QString>

// The user's settings, kept with QSettings under the organisation "Voorzet".
// One place for the keys and their defaults.
namespace Preferences {

// "" follows the system; otherwise "nl" or "en".
QString language();
void setLanguage(const QString &language);
// The language actually used: the setting, or the system's when it is Dutch
// or English, else English.
QString effectiveLanguage();

// The SQLite file the app opens; "" means the default in the data folder.
QString databasePath();
void setDatabasePath(const QString &path);

// The feed the app follows when it starts without --feed or --demo:
// a file path or a ws:// URL; "" follows nothing.
QString feedSource();
void setFeedSource(const QString &source);

// Minutes of silence after which a route shows "no contact".
int noContactMinutes();
void setNoContactMinutes(int minutes);

// Minutes past a window's end before a pending stop's ETA raises an alert.
int lateToleranceMinutes();
void setLateToleranceMinutes(int minutes);
// Whether severe alerts also show as a desktop notification.
bool notifySevereAlerts();
void setNotifySevereAlerts(bool on);
// Whether a crew that is early waits for the window (true) or calls ahead.
bool crewsWaitForWindow();
void setCrewsWaitForWindow(bool wait);
// The name written with acknowledgements and other actions; "" uses the
// system's user name.
QString userName();
void setUserName(const QString &name);
// userName(), or the system's user name when it is empty.
QString effectiveUserName();

// A raster tile server for the map, as an OpenStreetMap-style URL template
// ("https://host/{z}/{x}/{y}.png"); "" shows the offline basemap only.
QString tileUrl();
void setTileUrl(const QString &urlTemplate);
// The attribution the tile server asks for; "" uses OpenStreetMap's.
QString tileAttribution();
void setTileAttribution(const QString &text);

} // namespace Preferences
