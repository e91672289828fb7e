#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class NoticeSettingsPage;
class QSpinBox;

// The settings of the app: language and name, database, feed source, the
// thresholds of crew states and alerts, how ETAs treat early crews, and the
// map. Writes Preferences when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `defaultDatabase` is shown when no database is set.
    explicit SettingsDialog(const QString &defaultDatabase, QWidget *parent = nullptr);

    bool languageChanged() const { return m_languageChanged; }
    bool databaseChanged() const { return m_databaseChanged; }
    bool feedChanged() const { return m_feedChanged; }
    bool rulesChanged() const { return m_rulesChanged; }
    bool mapChanged() const { return m_mapChanged; }
    // The gateway's address or secret changed.
    bool noticesChanged() const { return m_noticesChanged; }
    NoticeSettingsPage *noticesPage() const { return m_notices; }

    void accept() override;

private:
    void browseDatabase();
    void browseFeed();
    bool validate();

    QComboBox *m_language;
    QLineEdit *m_database;
    QLineEdit *m_feed;
    QSpinBox *m_noContact;
    QLineEdit *m_userName;
    QSpinBox *m_lateTolerance;
    QComboBox *m_early;
    QCheckBox *m_notify;
    QLineEdit *m_tileUrl;
    QLineEdit *m_tileAttribution;
    QLabel *m_error;
    NoticeSettingsPage *m_notices;
    bool m_languageChanged = false;
    bool m_databaseChanged = false;
    bool m_feedChanged = false;
    bool m_rulesChanged = false;
    bool m_mapChanged = false;
    bool m_noticesChanged = false;
};
