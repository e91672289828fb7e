#pragma once

#include "reviews/reviewcsvimporter.h"
#include "reviews/reviewfilter.h"

#include <QWidget>
#include <memory>

class ChangeNotifier;
class ClientFeedbackView;
class Clock;
class Database;
namespace Notices {
class NoticeStore;
}
class OperationStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QVBoxLayout;
class ReviewCard;
class ReviewCaseOpener;
class ReviewImportDialog;
class ReviewInboxModel;
class ReviewStore;
class ReviewThemeCache;
class TeamWallView;
class ThemeTagger;

// The Reviews workspace: the inbox of every review (live, newest first,
// filtered and searched in the store), the card of the selected review with
// the delivery behind it and what the desk does with it, the team wall and
// the feedback lists per client; and the import of the survey tool's CSV.
//
// It keeps its own stores over `db` (reviews, operation, notices), tags the
// themes of reviews as they arrive and in the background, and opens the
// follow-up case of every detractor.
class ReviewsWorkspace : public QWidget
{
    Q_OBJECT
public:
    ReviewsWorkspace(Database &db, Clock *clock, ChangeNotifier *notifier, const QString &userName,
                     QWidget *parent = nullptr);
    ~ReviewsWorkspace() override;

    ReviewStore &store() { return *m_store; }
    ReviewInboxModel *inboxModel() const { return m_model; }
    QTableView *inboxView() const { return m_view; }
    ReviewCard *card() const { return m_card; }
    TeamWallView *wall() const { return m_wall; }
    ClientFeedbackView *clientFeedback() const { return m_feedback; }
    QTabWidget *tabs() const { return m_tabs; }
    QString countText() const;

    // The filter the bar shows (search included).
    ReviewFilter currentFilter() const;
    // Applies the bar now (typing in the search applies after a short pause).
    void applyFilter();
    // Selects a review in the inbox (reading on until it is there, if it
    // passes the filter) and shows it on the card.
    void showReview(const QString &reviewId);
    // Imports a file and shows what it did (the dialog is not modal).
    ReviewImportResult importCsv(const QString &path);
    ReviewImportDialog *lastImportDialog() const { return m_importDialog; }
    // Tags reviews that have no themes yet (runs by itself in chunks).
    void tagPendingNow();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    // "Crew figures" on the card.
    void crewFiguresRequested(const QString &crewId, const QString &crewName);
    // "Show stop on map" on the card.
    void stopRequested(const QString &stopId, const QString &routeId);
    // Something to tell in the status bar.
    void statusMessage(const QString &message);

private:
    void buildFilterBar(QWidget *parent, QVBoxLayout *layout);
    void fillFilterChoices();
    void onCurrentChanged();
    void onReviewChanged(const QString &reviewId);
    void updateCount();
    void askImport();
    void resetFilters();
    void tagChunk();
    void reportError(const QString &message);
    qint64 now() const;

    Database &m_db;
    Clock *m_clock;
    ChangeNotifier *m_notifier;
    QString m_user;
    std::unique_ptr<ReviewStore> m_store;
    std::unique_ptr<OperationStore> m_operations;
    std::unique_ptr<Notices::NoticeStore> m_notices;
    std::unique_ptr<ThemeTagger> m_tagger;
    ReviewThemeCache *m_themeCache = nullptr;
    ReviewCaseOpener *m_caseOpener = nullptr;
    ReviewInboxModel *m_model = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_import = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_band = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_driver = nullptr;
    QComboBox *m_hub = nullptr;
    QComboBox *m_client = nullptr;
    QComboBox *m_product = nullptr;
    QCheckBox *m_unhandled = nullptr;
    QCheckBox *m_starred = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_tagTimer = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    ReviewCard *m_card = nullptr;
    TeamWallView *m_wall = nullptr;
    ClientFeedbackView *m_feedback = nullptr;
    ReviewImportDialog *m_importDialog = nullptr;
    QString m_shownId;
};
