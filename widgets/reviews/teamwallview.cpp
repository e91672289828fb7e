#include "teamwallview.h"

#include "reviewlook.h"
#include "reviews/reviewstore.h"
#include "common/tablelook.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <exception>

namespace {
enum Col { SharedAtCol, SharedByCol, NoteCol, ScoreCol, CommentCol, ColCount };
}

TeamWallView::TeamWallView(ReviewStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("teamWall"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *intro = new QLabel(tr("Reviews the team shared with each other, newest first. "
                                "Double-click one to read it on its card."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setColumnCount(ColCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Shared"), tr("Shared by"), tr("Why"), tr("Score"), tr("Comment")});
    TableLook::apply(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(NoteCol, QHeaderView::Interactive);
    layout->addWidget(m_table, 1);
    m_empty->setText(tr("Nothing shared yet. Share a remarkable review from its card."));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    auto activate = [this](int row) {
        if (QTableWidgetItem *item = m_table->item(row, SharedAtCol))
            Q_EMIT reviewActivated(item->data(Qt::UserRole).toString());
    };
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [activate](int row, int) { activate(row); });
    connect(m_table, &QTableWidget::cellActivated, this, [activate](int row, int) { activate(row); });
}

void TeamWallView::reload()
{
    QVector<ReviewShare> shares;
    try {
        shares = m_store.wall(500);
    } catch (const std::exception &) {
    }
    m_table->setRowCount(int(shares.size()));
    for (int i = 0; i < shares.size(); ++i) {
        const ReviewShare &s = shares.at(i);
        std::optional<ReviewRow> review;
        try {
            review = m_store.review(s.reviewId);
        } catch (const std::exception &) {
        }
        auto *at = new QTableWidgetItem(ReviewLook::dateTime(s.sharedAt));
        at->setData(Qt::UserRole, s.reviewId);
        m_table->setItem(i, SharedAtCol, at);
        m_table->setItem(i, SharedByCol, new QTableWidgetItem(s.sharedBy));
        auto *note = new QTableWidgetItem(s.note);
        note->setToolTip(s.note);
        m_table->setItem(i, NoteCol, note);
        auto *score = new QTableWidgetItem(review ? QString::number(review->score) : QString());
        score->setTextAlignment(Qt::AlignCenter);
        if (review) {
            score->setBackground(ReviewLook::scoreColor(review->score));
            score->setForeground(Qt::white);
            QFont bold = score->font();
            bold.setBold(true);
            score->setFont(bold);
        }
        m_table->setItem(i, ScoreCol, score);
        auto *comment = new QTableWidgetItem(review ? review->comment : tr("(review no longer stored)"));
        comment->setToolTip(review ? review->comment : QString());
        m_table->setItem(i, CommentCol, comment);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(NoteCol, std::min(std::max(m_table->columnWidth(NoteCol), 160), 320));
    m_table->setVisible(!shares.isEmpty());
    m_empty->setVisible(shares.isEmpty());
}
