#pragma once

#include "changeset.h"
#include "stopchanges.h"

#include <QString>
#include <QStringList>
#include <QUndoCommand>
#include <functional>

class ChangeNotifier;
class Clock;
class Database;

namespace Replan {

// A dispatcher's re-plan as an entry on the undo stack. redo() applies the
// change in one transaction, writes who did it, when and why to the audit
// log, and announces the stops and routes it touched after the commit;
// undo() puts everything back and logs that too. The return visits it
// creates keep their ids across undo and redo, so what refers to them (the
// audit log, a notice) stays right.
class ChangeCommand : public QUndoCommand
{
public:
    ChangeCommand(Database &db, ChangeNotifier *notifier, ChangeSet change, QString actor,
                  QUndoCommand *parent = nullptr);
    // With a clock, the audit log and the stops carry the operation's time
    // (simulated in a demo or a replay); without one, real time.
    ChangeCommand(Database &db, ChangeNotifier *notifier, ChangeSet change, QString actor,
                  const Clock *clock, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // Whether the last redo() or undo() could not be applied (the store is
    // then unchanged and the command obsolete: the stack drops it).
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Called with the reason when redo() or undo() fails, before the stack
    // drops the command (the caller shows it).
    void setErrorHandler(std::function<void(const QString &)> handler);

    const ChangeSet &change() const { return m_change; }
    // The ids of the return visits, one per reschedule (known after the first redo()).
    QStringList returnVisitIds() const { return m_returnVisitIds; }

private:
    qint64 now() const;
    void audit(const QString &action, qint64 at);
    void publish();
    void fail(const QString &reason);

    Database &m_db;
    ChangeNotifier *m_notifier;
    ChangeSet m_change;
    QString m_actor;
    const Clock *m_clock = nullptr;
    QStringList m_returnVisitIds;
    AppliedChange m_applied;
    bool m_appliedOnce = false;
    QString m_error;
    std::function<void(const QString &)> m_onError;
};

} // namespace Replan
