#include "proposalspanel.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "notices/noticestore.h"
#include "storage/database.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Notices;

ProposalsPanel::ProposalsPanel(Database &db, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("ProposalsPanel"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xe0));
    p.setColor(QPalette::WindowText, QColor(0x3e, 0x27, 0x23));
    setPalette(p);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_rows);
    refresh();
}

void ProposalsPanel::refresh()
{
    NoticeStore store(m_db);
    QVector<Incident> proposals;
    try {
        proposals = store.incidentsInState(IncidentState::Proposed);
    } catch (const StoreError &) {
        // The store is busy or gone; the next refresh shows them.
        return;
    }
    const bool same = [&] {
        if (proposals.size() != m_proposals.size())
            return false;
        for (int i = 0; i < proposals.size(); ++i)
            if (proposals.at(i).id != m_proposals.at(i).id)
                return false;
        return true;
    }();
    if (same && m_shown)
        return; // nothing new: the rows (and a button under the mouse) stay
    m_shown = true;
    m_proposals = proposals;
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Incident &i : std::as_const(m_proposals)) {
        auto *row = new QFrame(this);
        row->setFrameShape(QFrame::StyledPanel);
        auto *what = new QLabel(row);
        what->setWordWrap(true);
        what->setText(tr("<b>%1</b> · %2<br>%3 · proposed at %4")
                          .arg(kindText(i.kind).toHtmlEscaped(), i.note.toHtmlEscaped(),
                               i.scope.describe().toHtmlEscaped(),
                               TimeFormat::toClock(i.createdAt)));
        auto *confirm = new QPushButton(tr("Confirm…"), row);
        confirm->setToolTip(tr("Open the incident to check who is affected and queue the "
                               "messages"));
        auto *dismiss = new QPushButton(tr("Dismiss"), row);
        dismiss->setToolTip(tr("No messages for this; it is not proposed again"));
        const QString id = i.id;
        connect(confirm, &QPushButton::clicked, this, [this, i] { Q_EMIT confirmRequested(i); });
        connect(dismiss, &QPushButton::clicked, this, [this, id] { this->dismiss(id); });
        auto *layout = new QHBoxLayout(row);
        layout->addWidget(what, 1);
        layout->addWidget(confirm);
        layout->addWidget(dismiss);
        m_rows->addWidget(row);
    }
    m_title->setText(tr("Voorzet proposes %n incident(s) to tell customers about", nullptr,
                        int(m_proposals.size())));
    setVisible(!m_proposals.isEmpty());
    Q_EMIT proposalsChanged(int(m_proposals.size()));
}

void ProposalsPanel::dismiss(const QString &incidentId)
{
    NoticeStore store(m_db);
    store.decideIncident(incidentId, IncidentState::Dismissed, m_user, m_clock->nowMs());
    refresh();
}
