#pragma once

#include "eta/stopeta.h"
#include "notices/incident.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class Clock;
class Database;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// Creates an overmacht incident: its kind, note, scope and time range, the
// affected stops, and a preview of exactly what each customer will get, which
// the dispatcher may edit before the messages are queued. Until the dispatcher
// picks a kind it follows the situation of the stops (a van broken down, a
// weather warning over them); when nothing fits, none is chosen and nothing
// can be queued before the dispatcher chooses one.
class IncidentDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentDialog(Database &db, Clock *clock, QWidget *parent = nullptr);

    // Fills the scope, e.g. from a route or an area drawn on the map.
    void setScope(const Notices::IncidentScope &scope);
    // The dispatcher's choice: the situation no longer changes it.
    void setKind(Notices::IncidentKind kind);
    // Whether a kind is chosen (by the situation or the dispatcher).
    bool hasKind() const;
    // Opens a proposed incident for the dispatcher to check: kind, note,
    // scope and time range filled in; accept() confirms it (with what the
    // dispatcher changed) and queues its messages.
    void setProposal(const Notices::Incident &proposal);
    Notices::Incident incident() const;
    // The current arrival estimates: a message then names the new expected time.
    void setEtas(const EtaSnapshot &etas) { m_etas = etas; }
    // Who creates (or confirms) the incident; the login name when empty.
    void setUserName(const QString &name) { m_user = name; }
    // The incident queued by accept(), "" before.
    QString queuedIncidentId() const { return m_queuedId; }

public Q_SLOTS:
    void updatePreview();
    void accept() override;

private:
    void followSituation();
    void showKindState();
    void showMessage(int row);
    void showArea();

    Database &m_db;
    Clock *m_clock;
    QComboBox *m_kind;
    QLineEdit *m_note;
    QLineEdit *m_stops;
    QLineEdit *m_routes;
    QLineEdit *m_hubs;
    QLineEdit *m_postcodes;
    QCheckBox *m_useFrom;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QTableWidget *m_affected;
    QPlainTextEdit *m_text;
    QLabel *m_summary;
    QLabel *m_kindHint = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_kindChosen = false; // by the dispatcher; else it follows the situation
    QString m_situation;       // why the kind was preselected, or what is known
    QLabel *m_noContact = nullptr;
    QLabel *m_areaText = nullptr;
    QVector<QPointF> m_area;
    QVector<Notices::OutboxMessage> m_preview;
    QHash<QString, QString> m_edited; // by customer id
    int m_shownRow = -1;
    QString m_queuedId;
    QString m_proposalId;
    EtaSnapshot m_etas;
    QString m_user;
};
