#include "mainwindow.h"

#include "icons.h"
#include "leaddialog.h"
#include "leads/leadservice.h"
#include "leadtablemodel.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

constexpr int StatusMessageTimeout = 8000;

/// "1 lead", "1,234 leads".
QString leadCountText(qint64 count)
{
    return count == 1 ? MainWindow::tr("1 lead")
                      : MainWindow::tr("%1 leads").arg(QLocale().toString(count));
}

QString geometryKey()
{
    return u"mainWindow/geometry"_s;
}
QString stateKey()
{
    return u"mainWindow/state"_s;
}
QString headerKey()
{
    return u"mainWindow/leadTableHeader"_s;
}

} // namespace

MainWindow::MainWindow(Database &database, LeadService &service, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_service(service)
    , m_readOnly(database.isReadOnly())
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(QFileInfo(database.path()).fileName());
    setWindowFilePath(database.path());
    setWindowIcon(icon(IconKind::Application));

    m_model = new LeadTableModel(&m_service, this);

    createActions();
    createMenus();
    createToolBar();
    createTable();
    createEmptyState();
    createStatusBar();

    connect(m_model, &LeadTableModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_model, &LeadTableModel::errorOccurred, this,
        [this](const Error &error) { showError(tr("Could not read the leads"), error); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);

    restoreSettings();
    updateCount();
    updateEmptyState();
    updateActions();
    if (const auto error = m_model->lastError())
        showError(tr("Could not read the leads"), *error);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(icon(IconKind::NewLead), tr("&New Lead…"), this);
    m_newAction->setObjectName(u"newLeadAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Add a lead"));
    m_newAction->setIconText(tr("New"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newLead);

    m_editAction = new QAction(
        icon(IconKind::EditLead), m_readOnly ? tr("&Open Lead…") : tr("&Edit Lead…"), this);
    m_editAction->setObjectName(u"editLeadAction"_s);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setStatusTip(
        m_readOnly ? tr("Show the selected lead") : tr("Change the selected lead"));
    m_editAction->setIconText(m_readOnly ? tr("Open") : tr("Edit"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editCurrentLead);

    m_deleteAction = new QAction(icon(IconKind::DeleteLead), tr("&Delete Lead"), this);
    m_deleteAction->setObjectName(u"deleteLeadAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Delete the selected leads (their history is kept)"));
    m_deleteAction->setIconText(tr("Delete"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedLeads);

    m_refreshAction = new QAction(icon(IconKind::Refresh), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Read the leads again, with changes made elsewhere"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_findAction = new QAction(icon(IconKind::Search), tr("&Find…"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search leads by name, company or email"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_quitAction = new QAction(icon(IconKind::Quit), tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    if (m_readOnly) {
        m_newAction->setEnabled(false);
        m_deleteAction->setEnabled(false);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_editAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Leadflow"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Leads"));
    toolBar->setObjectName(u"leadsToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_search = new QLineEdit;
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search name, company or email"));
    m_search->setToolTip(tr("Every word must appear in a name, the company or the email (%1)")
                             .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(IconKind::Search), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 56);
    toolBar->addWidget(m_search);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelay);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, 0));
        }
    });
    auto *clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    clearSearch->setContext(Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_search, &QLineEdit::clear);
}

void MainWindow::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(u"leadTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_editAction);
    m_table->addAction(m_deleteAction);
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->addAction(separator);
    m_table->addAction(m_newAction);

    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    const int ch = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {LeadTableModel::NameColumn, 24},
        {LeadTableModel::CompanyColumn, 26},
        {LeadTableModel::EmailColumn, 32},
        {LeadTableModel::PhoneColumn, 23},
        {LeadTableModel::StageColumn, 20},
        {LeadTableModel::SourceColumn, 18},
        {LeadTableModel::CountryColumn, 10},
        {LeadTableModel::ScoreColumn, 9},
        {LeadTableModel::CreatedColumn, 18},
    };
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, chars * ch + 16);
    header->setSortIndicator(LeadTableModel::CreatedColumn, Qt::DescendingOrder);

    setCentralWidget(m_table);

    connect(m_table, &QAbstractItemView::doubleClicked, this, &MainWindow::editCurrentLead);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_table);
        open->setContext(Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, this, &MainWindow::editCurrentLead);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::updateActions);
}

void MainWindow::createEmptyState()
{
    m_emptyState = new QWidget(m_table->viewport());
    m_emptyState->setObjectName(u"emptyState"_s);
    auto *layout = new QVBoxLayout(m_emptyState);
    layout->setSpacing(8);

    m_emptyTitle = new QLabel;
    m_emptyTitle->setObjectName(u"emptyStateTitle"_s);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    layout->addWidget(m_emptyTitle);

    m_emptyText = new QLabel;
    m_emptyText->setObjectName(u"emptyStateText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_emptyText);

    m_emptyButton = new QPushButton;
    m_emptyButton->setObjectName(u"emptyStateButton"_s);
    layout->addSpacing(6);
    layout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    connect(m_emptyButton, &QPushButton::clicked, this, &MainWindow::emptyStateButtonClicked);

    m_emptyState->hide();
    m_table->viewport()->installEventFilter(this);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addPermanentWidget(m_countLabel);

    m_readOnlyLabel = new QLabel(tr("Read-only"));
    m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
    m_readOnlyLabel->setToolTip(m_database.readOnlyReason());
    m_readOnlyLabel->setVisible(m_readOnly);
    QFont bold = m_readOnlyLabel->font();
    bold.setBold(true);
    m_readOnlyLabel->setFont(bold);
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    m_pathLabel = new QLabel;
    m_pathLabel->setObjectName(u"pathLabel"_s);
    const QString path = QDir::toNativeSeparators(m_database.path());
    m_pathLabel->setText(m_pathLabel->fontMetrics().elidedText(
        path, Qt::ElideMiddle, fontMetrics().averageCharWidth() * 60));
    m_pathLabel->setToolTip(tr("Database: %1").arg(path));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addPermanentWidget(m_pathLabel);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey()).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(qMin(1320, available.width() * 9 / 10), qMin(780, available.height() * 9 / 10));
    }
    restoreState(settings.value(stateKey()).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(headerKey()).toByteArray());
    // Sorting starts with the header's indicator: the one restored, or newest first.
    m_table->setSortingEnabled(true);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey(), saveGeometry());
    settings.setValue(stateKey(), saveState());
    settings.setValue(headerKey(), m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        placeEmptyState();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateActions()
{
    const QList<qint64> selected = selectedLeadIds();
    const bool current = m_table->currentIndex().isValid() || !selected.isEmpty();
    m_editAction->setEnabled(current);
    m_deleteAction->setEnabled(!m_readOnly && !selected.isEmpty());
    m_deleteAction->setText(selected.size() > 1 ? tr("&Delete Leads") : tr("&Delete Lead"));
}

void MainWindow::updateCount()
{
    const qint64 shown = m_model->totalCount();
    if (m_model->search().isEmpty()) {
        m_countLabel->setText(leadCountText(shown));
        return;
    }
    const Result<qint64> all = m_service.count(LeadQuery());
    m_countLabel->setText(all ? tr("%1 of %2", "leads shown of all leads")
                                    .arg(QLocale().toString(shown), leadCountText(*all))
                              : tr("%1 found").arg(leadCountText(shown)));
}

void MainWindow::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_emptyKind = EmptyKind::None;
    } else if (m_model->lastError()) {
        m_emptyKind = EmptyKind::LoadFailed;
    } else if (!m_model->search().isEmpty()) {
        m_emptyKind = EmptyKind::NoMatch;
    } else {
        m_emptyKind = EmptyKind::NoLeads;
    }

    switch (m_emptyKind) {
    case EmptyKind::None:
        break;
    case EmptyKind::NoLeads:
        m_emptyTitle->setText(tr("No leads yet"));
        m_emptyText->setText(m_readOnly
                ? tr("This database holds no leads.")
                : tr("Add your first lead to start working your pipeline."));
        m_emptyButton->setText(tr("&Add a Lead…"));
        m_emptyButton->setVisible(!m_readOnly);
        break;
    case EmptyKind::NoMatch:
        m_emptyTitle->setText(tr("No leads match “%1”").arg(m_model->search()));
        m_emptyText->setText(tr("Search looks for every word in the names, the company and the "
                                "email. Try fewer or shorter words."));
        m_emptyButton->setText(tr("&Clear Search"));
        m_emptyButton->setVisible(true);
        break;
    case EmptyKind::LoadFailed:
        m_emptyTitle->setText(tr("The leads could not be read"));
        m_emptyText->setText(m_model->lastError()->toString());
        m_emptyButton->setText(tr("&Try Again"));
        m_emptyButton->setVisible(true);
        break;
    }
    m_emptyState->setVisible(m_emptyKind != EmptyKind::None);
    placeEmptyState();
}

void MainWindow::placeEmptyState()
{
    if (!m_emptyState->isVisible())
        return;
    const QRect area = m_table->viewport()->rect();
    const int width = qMin(area.width() - 40, fontMetrics().averageCharWidth() * 70);
    const int height = m_emptyState->heightForWidth(width) > 0 ? m_emptyState->heightForWidth(width)
                                                               : m_emptyState->sizeHint().height();
    m_emptyState->setGeometry(area.x() + (area.width() - width) / 2,
        area.y() + qMax(0, (area.height() - height) / 3), width, height);
}

void MainWindow::emptyStateButtonClicked()
{
    switch (m_emptyKind) {
    case EmptyKind::NoLeads:
        newLead();
        break;
    case EmptyKind::NoMatch:
        m_search->clear();
        applySearch();
        m_search->setFocus();
        break;
    case EmptyKind::LoadFailed:
        refresh();
        break;
    case EmptyKind::None:
        break;
    }
}

void MainWindow::showError(const QString &what, const Error &error)
{
    statusBar()->showMessage(tr("%1: %2").arg(what, error.toString()));
}

QList<qint64> MainWindow::selectedLeadIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(LeadTableModel::LeadIdRole).toLongLong());
    return ids;
}

void MainWindow::selectLead(qint64 id)
{
    const int row = m_model->rowOfLead(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::applySearch()
{
    m_searchTimer->stop();
    m_model->setSearch(m_search->text());
}

void MainWindow::refresh()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 currentId =
        current.isValid() ? current.data(LeadTableModel::LeadIdRole).toLongLong() : 0;
    statusBar()->clearMessage();
    m_model->refresh();
    if (currentId != 0)
        selectLead(currentId);
    updateCount();
}

void MainWindow::newLead()
{
    if (m_readOnly)
        return;
    LeadDialog dialog(&m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Lead lead = dialog.lead();
    m_model->refresh();
    selectLead(lead.id());
    updateCount();
    statusBar()->showMessage(tr("Added “%1”.").arg(lead.displayName()), StatusMessageTimeout);
}

void MainWindow::editCurrentLead()
{
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        current = rows.constFirst();
    }
    const qint64 id = current.data(LeadTableModel::LeadIdRole).toLongLong();
    // Edit the lead as it is now, not as it was when the page was read.
    Result<Lead> lead = m_service.get(id);
    if (!lead) {
        showError(tr("Could not open the lead"), lead.error());
        m_model->reloadLead(id);
        return;
    }
    m_model->updateLead(*lead);

    LeadDialog dialog(&m_service, *lead, this);
    dialog.setReadOnly(m_readOnly);
    if (dialog.exec() != QDialog::Accepted || m_readOnly)
        return;
    m_model->updateLead(dialog.lead());
    statusBar()->showMessage(
        tr("Saved “%1”.").arg(dialog.lead().displayName()), StatusMessageTimeout);
}

void MainWindow::deleteSelectedLeads()
{
    if (m_readOnly)
        return;
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty())
        return;

    QMessageBox question(
        QMessageBox::Question, tr("Delete Leads"), QString(), QMessageBox::Cancel, this);
    if (ids.size() == 1) {
        const Lead lead = m_model->leadAt(m_model->rowOfLead(ids.constFirst()));
        question.setWindowTitle(tr("Delete Lead"));
        question.setText(tr("Delete the lead “%1”?").arg(lead.displayName()));
    } else {
        question.setText(tr("Delete %1?").arg(leadCountText(ids.size())));
    }
    question.setInformativeText(tr("Deleted leads leave the list; their history is kept and they "
                                   "can be restored."));
    QPushButton *remove = question.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(remove);
    question.exec();
    if (question.clickedButton() != remove)
        return;

    qint64 deleted = 0;
    std::optional<Error> firstError;
    for (qint64 id : ids) {
        Result<Lead> result = m_service.remove(id);
        if (result) {
            m_model->updateLead(*result);
            ++deleted;
        } else if (!firstError) {
            firstError = result.error();
        }
    }
    updateCount();
    if (firstError) {
        QMessageBox::warning(this, tr("Delete Leads"),
            tr("%1 could not be deleted.\n\n%2")
                .arg(leadCountText(ids.size() - deleted), firstError->toString()));
    }
    if (deleted > 0)
        statusBar()->showMessage(
            tr("Deleted %1.").arg(leadCountText(deleted)), StatusMessageTimeout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Leadflow"),
        tr("<h3>Leadflow %1</h3>"
           "<p>A lead manager for small-business sales teams: capture, qualify and "
           "follow up every lead.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace lf
