#include "reviewsworkspace.h"

#include "clientfeedbackview.h"
#include "core/changenotifier.h"
#include "core/clock.h"
#include "core/domaintext.h"
#include "core/entities.h"
#include "core/timeformat.h"
#include "itemmodels/reviewinboxmodel.h"
#include "notices/noticestore.h"
#include "reviewcard.h"
#include "reviewimportdialog.h"
#include "reviewinboxdelegate.h"
#include "reviews/reviewcaseopener.h"
#include "reviews/reviewstore.h"
#include "reviews/reviewthemecache.h"
#include "reviews/themetagger.h"
#include "storage/database.h"
#include "storage/operationstore.h"
#include "common/tablelook.h"
#include "teamwallview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>

namespace {

// The version of the theme tagging the workspace keeps in the store.
const QString TaggerVersion = QStringLiteral("themes-1");
constexpr int TagChunk = 200;
// Days back the filter bar looks for drivers, clients and product types.
constexpr int ChoiceDays = 14;

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(10);
    return box;
}

QLabel *barLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setContentsMargins(8, 0, 0, 0);
    return label;
}

} // namespace

ReviewsWorkspace::ReviewsWorkspace(Database &db, Clock *clock, ChangeNotifier *notifier,
                                   const QString &userName, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_user(userName)
    , m_store(std::make_unique<ReviewStore>(db))
    , m_operations(std::make_unique<OperationStore>(db))
    , m_notices(std::make_unique<Notices::NoticeStore>(db))
{
    setObjectName(QStringLiteral("reviewsWorkspace"));
    try {
        m_tagger = std::make_unique<ThemeTagger>();
    } catch (const std::exception &e) {
        // The card and the inbox work without themes; say why they are missing.
        QTimer::singleShot(0, this, [this, message = QString::fromUtf8(e.what())] {
            Q_EMIT statusMessage(tr("Themes are not detected: %1").arg(message));
        });
    }
    if (m_tagger) {
        m_themeCache = new ReviewThemeCache(*m_store, *m_tagger, clock, notifier, TaggerVersion, this);
        connect(m_themeCache, &ReviewThemeCache::failed, this, &ReviewsWorkspace::reportError);
    }
    m_caseOpener = new ReviewCaseOpener(*m_store, clock, notifier, this);
    connect(m_caseOpener, &ReviewCaseOpener::failed, this, &ReviewsWorkspace::reportError);
    try {
        m_caseOpener->catchUp();
    } catch (const std::exception &e) {
        reportError(QString::fromUtf8(e.what()));
    }

    m_model = new ReviewInboxModel(*m_store, notifier, this);
    connect(m_model, &ReviewInboxModel::loadFailed, this, &ReviewsWorkspace::reportError);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewsTabs"));
    m_tabs->setDocumentMode(true);
    outer->addWidget(m_tabs);

    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importCsvButton"));
    m_import->setToolTip(tr("Import reviews from a CSV export of the survey tool"));
    connect(m_import, &QPushButton::clicked, this, &ReviewsWorkspace::askImport);
    m_tabs->setCornerWidget(m_import, Qt::TopRightCorner);

    // --- inbox
    auto *inbox = new QWidget(m_tabs);
    auto *inboxLayout = new QVBoxLayout(inbox);
    inboxLayout->setContentsMargins(4, 8, 4, 4);
    inboxLayout->setSpacing(6);
    buildFilterBar(inbox, inboxLayout);

    m_splitter = new QSplitter(Qt::Horizontal, inbox);
    m_splitter->setObjectName(QStringLiteral("reviewsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    m_count = new QLabel(listPane);
    m_count->setObjectName(QStringLiteral("countLabel"));
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    listLayout->addWidget(m_count);
    m_view = new QTableView(listPane);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setModel(m_model);
    TableLook::apply(m_view);
    m_view->setItemDelegate(new ReviewInboxDelegate(m_view));
    m_view->horizontalHeader()->setSectionsMovable(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewInboxModel::CommentCol, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(ReviewInboxModel::ScoreCol, fm.horizontalAdvance(QStringLiteral("10")) + 64);
    m_view->setColumnWidth(ReviewInboxModel::CrewCol, fm.horizontalAdvance(QStringLiteral("Sem Jansen, Daan Bakker")) + 12);
    m_view->setColumnWidth(
        ReviewInboxModel::DateCol,
        fm.horizontalAdvance(QLocale().toString(
            QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59), TimeFormat::companyZone()),
            QLocale::ShortFormat))
            + 24);
    m_view->setColumnWidth(ReviewInboxModel::ClientCol, fm.horizontalAdvance(QStringLiteral("Woonwinkel Noord")) + 12);
    m_view->setColumnWidth(ReviewInboxModel::ProductCol, fm.horizontalAdvance(QStringLiteral("Washing machine")) + 12);
    m_view->setMinimumWidth(480);
    listLayout->addWidget(m_view, 1);
    m_splitter->addWidget(listPane);

    auto *cardScroll = new QScrollArea(m_splitter);
    cardScroll->setObjectName(QStringLiteral("cardScroll"));
    cardScroll->setWidgetResizable(true);
    cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    cardScroll->setFrameShape(QFrame::StyledPanel);
    m_card = new ReviewCard(*m_store, *m_operations, m_notices.get(), m_tagger.get(), clock, userName,
                            cardScroll);
    cardScroll->setWidget(m_card);
    cardScroll->setMinimumWidth(m_card->minimumSizeHint().width() + 24);
    m_splitter->addWidget(cardScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 560});
    inboxLayout->addWidget(m_splitter, 1);
    m_tabs->addTab(inbox, tr("Inbox"));

    // --- team wall and client feedback
    m_wall = new TeamWallView(*m_store, m_tabs);
    m_tabs->addTab(m_wall, tr("Team wall"));
    m_feedback = new ClientFeedbackView(*m_store, clock, m_tabs);
    m_tabs->addTab(m_feedback, tr("Client feedback"));

    // --- wiring
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewsWorkspace::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOfReview(m_shownId);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, ReviewInboxModel::CommentCol));
    });
    connect(m_card, &ReviewCard::reviewChanged, this, &ReviewsWorkspace::onReviewChanged);
    connect(m_card, &ReviewCard::crewFiguresRequested, this, &ReviewsWorkspace::crewFiguresRequested);
    connect(m_card, &ReviewCard::stopRequested, this, &ReviewsWorkspace::stopRequested);
    connect(m_card, &ReviewCard::statusMessage, this, &ReviewsWorkspace::statusMessage);
    connect(m_card, &ReviewCard::reviewRequested, this, &ReviewsWorkspace::showReview);
    connect(m_wall, &TeamWallView::reviewActivated, this, &ReviewsWorkspace::showReview);
    connect(m_feedback, &ClientFeedbackView::reviewActivated, this, &ReviewsWorkspace::showReview);
    connect(m_feedback, &ClientFeedbackView::statusMessage, this, &ReviewsWorkspace::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_wall)
            m_wall->reload();
        else if (m_tabs->widget(index) == m_feedback)
            m_feedback->reload();
    });

    auto *countTimer = new QTimer(this);
    countTimer->setSingleShot(true);
    countTimer->setInterval(400);
    connect(countTimer, &QTimer::timeout, this, &ReviewsWorkspace::updateCount);
    if (notifier) {
        connect(notifier, &ChangeNotifier::reviewsAdded, countTimer, qOverload<>(&QTimer::start));
        // New routes may bring new crew members, clients and products: look
        // again once the plans of a burst have arrived.
        auto *choicesTimer = new QTimer(this);
        choicesTimer->setSingleShot(true);
        choicesTimer->setInterval(5000);
        connect(choicesTimer, &QTimer::timeout, this, &ReviewsWorkspace::fillFilterChoices);
        connect(notifier, &ChangeNotifier::routesAdded, choicesTimer, qOverload<>(&QTimer::start));
        connect(notifier, &ChangeNotifier::storeReset, this, [this] {
            m_model->reload();
            updateCount();
        });
    }
    if (m_themeCache) {
        connect(m_themeCache, &ReviewThemeCache::reviewsTagged, this, [this](const QStringList &ids) {
            for (const QString &id : ids) {
                if (m_model->rowOfReview(id) >= 0)
                    m_model->refreshReview(id);
            }
        });
        m_tagTimer = new QTimer(this);
        m_tagTimer->setSingleShot(true);
        m_tagTimer->setInterval(50);
        connect(m_tagTimer, &QTimer::timeout, this, &ReviewsWorkspace::tagChunk);
        m_tagTimer->start();
    }

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });

    fillFilterChoices();
    applyFilter();
}

ReviewsWorkspace::~ReviewsWorkspace() = default;

void ReviewsWorkspace::buildFilterBar(QWidget *parent, QVBoxLayout *layout)
{
    auto *row1 = new QHBoxLayout;
    row1->setSpacing(6);
    m_search = new QLineEdit(parent);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search the comments (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    row1->addWidget(m_search, 1);
    m_band = combo(QStringLiteral("bandFilter"), parent);
    m_band->addItem(tr("All scores"), QString());
    for (Reviews::ScoreBand band : {Reviews::ScoreBand::Detractor, Reviews::ScoreBand::Passive,
                                    Reviews::ScoreBand::Promoter})
        m_band->addItem(Reviews::bandText(band), Reviews::bandKey(band));
    row1->addWidget(barLabel(tr("Score:"), parent));
    row1->addWidget(m_band);
    m_period = combo(QStringLiteral("periodFilter"), parent);
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    row1->addWidget(barLabel(tr("Period:"), parent));
    row1->addWidget(m_period);
    m_theme = combo(QStringLiteral("themeFilter"), parent);
    m_theme->addItem(tr("All themes"), QString());
    for (ReviewThemes::Theme theme : ReviewThemes::allThemes())
        m_theme->addItem(ReviewThemes::themeText(theme), ReviewThemes::themeKey(theme));
    row1->addWidget(barLabel(tr("Theme:"), parent));
    row1->addWidget(m_theme);
    layout->addLayout(row1);

    auto *row2 = new QHBoxLayout;
    row2->setSpacing(6);
    m_driver = combo(QStringLiteral("driverFilter"), parent);
    m_hub = combo(QStringLiteral("hubFilter"), parent);
    m_client = combo(QStringLiteral("clientFilter"), parent);
    m_product = combo(QStringLiteral("productFilter"), parent);
    row2->addWidget(new QLabel(tr("Crew member:"), parent));
    row2->addWidget(m_driver);
    row2->addWidget(barLabel(tr("Hub:"), parent));
    row2->addWidget(m_hub);
    row2->addWidget(barLabel(tr("Client:"), parent));
    row2->addWidget(m_client);
    row2->addWidget(barLabel(tr("Product:"), parent));
    row2->addWidget(m_product);
    row2->addSpacing(12);
    m_unhandled = new QCheckBox(tr("Unhandled only"), parent);
    m_unhandled->setObjectName(QStringLiteral("unhandledFilter"));
    m_starred = new QCheckBox(tr("Starred only"), parent);
    m_starred->setObjectName(QStringLiteral("starredFilter"));
    row2->addWidget(m_unhandled);
    row2->addWidget(m_starred);
    row2->addStretch(1);
    auto *reset = new QPushButton(tr("Clear filters"), parent);
    reset->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(reset, &QPushButton::clicked, this, &ReviewsWorkspace::resetFilters);
    row2->addWidget(reset);
    layout->addLayout(row2);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &ReviewsWorkspace::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ReviewsWorkspace::applyFilter);
    for (QComboBox *box : {m_band, m_period, m_theme, m_driver, m_hub, m_client, m_product})
        connect(box, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
                &ReviewsWorkspace::applyFilter);
    for (QCheckBox *box : {m_unhandled, m_starred})
        connect(box, &QCheckBox::toggled, this, &ReviewsWorkspace::applyFilter);
}

void ReviewsWorkspace::fillFilterChoices()
{
    QMap<QString, QString> drivers, hubs, clients; // sorted by name: name -> id
    QSet<QString> products;
    try {
        for (const Hub &hub : m_operations->hubs())
            hubs.insert(hub.name.isEmpty() ? hub.id : hub.name, hub.id);
        const QStringList days = m_operations->days();
        for (int i = 0; i < days.size() && i < ChoiceDays; ++i) {
            for (const Route &route : m_operations->routes(days.at(i))) {
                for (const CrewMember &member : route.crew)
                    drivers.insert(member.name.isEmpty() ? member.id : member.name, member.id);
            }
            for (const Stop &stop : m_operations->stopsOfDay(days.at(i))) {
                if (!stop.clientId.isEmpty())
                    clients.insert(stop.clientName.isEmpty() ? stop.clientId : stop.clientName,
                                   stop.clientId);
                if (!stop.productType.isEmpty())
                    products.insert(stop.productType);
            }
        }
        for (const ReviewStore::ClientCount &c : m_store->clientFeedbackCounts())
            clients.insert(c.clientName.isEmpty() ? c.clientId : c.clientName, c.clientId);
    } catch (const std::exception &e) {
        reportError(QString::fromUtf8(e.what()));
    }
    auto refill = [](QComboBox *box, const QString &anyText, const QMap<QString, QString> &items) {
        const QString keep = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(anyText, QString());
        for (auto it = items.cbegin(); it != items.cend(); ++it)
            box->addItem(it.key(), it.value());
        const int index = box->findData(keep);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    refill(m_driver, tr("Anyone"), drivers);
    refill(m_hub, tr("All hubs"), hubs);
    refill(m_client, tr("All clients"), clients);
    QMap<QString, QString> productItems;
    for (const QString &key : products)
        productItems.insert(DomainText::productType(key), key);
    refill(m_product, tr("All products"), productItems);
}

qint64 ReviewsWorkspace::now() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

ReviewFilter ReviewsWorkspace::currentFilter() const
{
    ReviewFilter f;
    if (const auto band = Reviews::bandFromKey(m_band->currentData().toString()))
        f.band = *band;
    f.crewId = m_driver->currentData().toString();
    f.hubId = m_hub->currentData().toString();
    f.clientId = m_client->currentData().toString();
    f.productType = m_product->currentData().toString();
    f.theme = m_theme->currentData().toString();
    const int days = m_period->currentData().toInt();
    if (days > 0) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(now(), TimeFormat::companyZone()).date();
        f.from = QDateTime(today.addDays(-(days - 1)), QTime(0, 0), TimeFormat::companyZone())
                     .toMSecsSinceEpoch();
    }
    f.unhandledOnly = m_unhandled->isChecked();
    f.starredOnly = m_starred->isChecked();
    f.searchText = m_search->text().trimmed().isEmpty() ? QString() : m_search->text();
    return f;
}

void ReviewsWorkspace::applyFilter()
{
    m_searchTimer->stop();
    const ReviewFilter filter = currentFilter();
    m_card->setSearchText(filter.searchText);
    if (filter != m_model->filter() || m_model->rowCount() == 0)
        m_model->setFilter(filter);
    updateCount();
}

void ReviewsWorkspace::resetFilters()
{
    const QSignalBlocker b1(m_search), b2(m_unhandled), b3(m_starred);
    m_search->clear();
    m_unhandled->setChecked(false);
    m_starred->setChecked(false);
    for (QComboBox *box : {m_band, m_period, m_theme, m_driver, m_hub, m_client, m_product}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    applyFilter();
}

QString ReviewsWorkspace::countText() const
{
    return m_count->text();
}

void ReviewsWorkspace::updateCount()
{
    try {
        ReviewFilter filter = m_model->filter();
        const qint64 total = m_store->count(filter);
        filter.unhandledOnly = true;
        const qint64 unhandled = m_store->count(filter);
        const QLocale locale;
        const QString reviews = total == 1 ? tr("1 review")
                                           : tr("%1 reviews").arg(locale.toString(total));
        m_count->setText(tr("%1, %2 unhandled").arg(reviews, locale.toString(unhandled)));
    } catch (const std::exception &e) {
        m_count->setText(tr("Reviews could not be counted"));
        reportError(QString::fromUtf8(e.what()));
    }
}

void ReviewsWorkspace::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return; // keep the card on what is being read
    const QString id = m_model->reviewId(current.row());
    if (id == m_shownId && m_card->reviewId() == id)
        return;
    m_shownId = id;
    m_card->showReview(id);
}

void ReviewsWorkspace::showReview(const QString &reviewId)
{
    if (reviewId.isEmpty())
        return;
    m_tabs->setCurrentIndex(0);
    m_shownId = reviewId;
    int row = m_model->rowOfReview(reviewId);
    for (int guard = 0; row < 0 && guard < 50 && m_model->canFetchMore({}); ++guard) {
        m_model->fetchMore({});
        row = m_model->rowOfReview(reviewId);
    }
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, ReviewInboxModel::CommentCol));
        m_view->scrollTo(m_model->index(row, 0));
    }
    if (m_card->reviewId() != reviewId)
        m_card->showReview(reviewId);
}

void ReviewsWorkspace::onReviewChanged(const QString &reviewId)
{
    const int before = m_view->currentIndex().row();
    m_model->refreshReview(reviewId);
    if (m_model->rowOfReview(reviewId) < 0 && before >= 0 && m_model->rowCount() > 0) {
        // The review left the filtered list (handled in "unhandled only"):
        // the next one is up, the card stays on the one just acted on.
        const int row = std::min(before, m_model->rowCount() - 1);
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->setCurrentIndex(m_model->index(row, ReviewInboxModel::CommentCol));
    }
    updateCount();
    if (m_tabs->currentWidget() == m_wall || m_wall->table()->rowCount() > 0)
        m_wall->reload();
    m_feedback->reload();
}

void ReviewsWorkspace::askImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import reviews"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

ReviewImportResult ReviewsWorkspace::importCsv(const QString &path)
{
    ReviewImportResult result;
    try {
        ReviewCsvImporter importer(*m_store, m_notifier);
        result = importer.importFile(path, now());
    } catch (const std::exception &e) {
        result.fileError = QString::fromUtf8(e.what());
    }
    if (!m_notifier)
        m_model->reload();
    updateCount();
    if (m_importDialog)
        m_importDialog->deleteLater();
    m_importDialog = new ReviewImportDialog(path, result, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &QObject::destroyed, this, [this, dialog = m_importDialog] {
        if (m_importDialog == dialog)
            m_importDialog = nullptr;
    });
    m_importDialog->show();
    Q_EMIT statusMessage(tr("Imported %1 reviews from %2 (%3 duplicates, %4 rejected).")
                             .arg(result.imported)
                             .arg(QFileInfo(path).fileName())
                             .arg(result.duplicates)
                             .arg(result.rejected.size()));
    return result;
}

void ReviewsWorkspace::tagChunk()
{
    if (!m_themeCache)
        return;
    int tagged = 0;
    try {
        tagged = m_themeCache->tagPending(TagChunk);
    } catch (const std::exception &e) {
        reportError(QString::fromUtf8(e.what()));
        return;
    }
    if (tagged >= TagChunk)
        m_tagTimer->start();
}

void ReviewsWorkspace::tagPendingNow()
{
    if (!m_themeCache)
        return;
    if (m_tagTimer)
        m_tagTimer->stop();
    for (int guard = 0; guard < 100000; ++guard) {
        if (m_themeCache->tagPending(TagChunk) < TagChunk)
            break;
    }
}

void ReviewsWorkspace::reportError(const QString &message)
{
    Q_EMIT statusMessage(message);
}

QByteArray ReviewsWorkspace::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_splitter->saveState() << m_view->horizontalHeader()->saveState();
    return state;
}

void ReviewsWorkspace::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray splitter, header;
    in >> version >> splitter >> header;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    m_view->horizontalHeader()->restoreState(header);
}
