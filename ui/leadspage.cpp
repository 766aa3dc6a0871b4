#include "leadspage.h"

#include "filedialogs.h"
#include "io/leadexporter.h"
#include "leadactions.h"
#include "leaddelegates.h"
#include "leadfilterbar.h"
#include "leadtablemodel.h"
#include "logtouchdialog.h"
#include "nurture/nurtureservice.h"
#include "routing/userservice.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

const QString headerKey = u"leads/header"_s;

} // namespace

LeadsPage::LeadsPage(Database &database, LeadActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_actions(actions)
{
    setObjectName(u"leadsPage"_s);
    m_model = new LeadTableModel(database, this);
    m_filterBar = new LeadFilterBar(database, this);
    createActions();
    createTable();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"leadCount"_s);
    m_countLabel->setAccessibleName(tr("Number of leads"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_toolBar, 1);
    bottom->addWidget(m_countLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setTabOrder(m_filterBar, m_table);

    connect(m_filterBar, &LeadFilterBar::filtersChanged, this, &LeadsPage::filtersChanged);
    connect(m_filterBar, &LeadFilterBar::errorOccurred, this,
        [this](const QString &message) { showError(tr("Saved views"), message); });
    connect(m_model, &LeadTableModel::totalCountChanged, this, &LeadsPage::updateCount);
    connect(m_model, &LeadTableModel::counted, this, &LeadsPage::updateCount);
    connect(m_model, &LeadTableModel::loaded, this, &LeadsPage::modelLoaded);
    connect(m_model, &LeadTableModel::errorOccurred, this,
        [this](const Error &error) { m_countLabel->setText(error.message); });
    if (m_actions) {
        connect(m_actions, &LeadActions::leadChanged, m_model, &LeadTableModel::reloadLead);
        connect(m_actions, &LeadActions::leadsChanged, this, &LeadsPage::refresh);
    }
    restoreHeader();
    updateCount();
    updateActions();
}

LeadsPage::~LeadsPage()
{
    saveHeader();
}

QLineEdit *LeadsPage::searchField() const
{
    return m_filterBar->searchField();
}

void LeadsPage::createActions()
{
    const bool writable = m_actions && !m_database.isReadOnly();
    m_assignAction = new QAction(tr("&Assign to…"), this);
    m_assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_assignAction->setToolTip(tr("Give the selected leads to a person"));
    connect(m_assignAction, &QAction::triggered, this, &LeadsPage::assignAsked);
    m_stageAction = new QAction(tr("Change &stage…"), this);
    m_stageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_stageAction, &QAction::triggered, this, &LeadsPage::stageAsked);
    m_enrolAction = new QAction(tr("&Enrol in sequence…"), this);
    connect(m_enrolAction, &QAction::triggered, this, &LeadsPage::enrolAsked);
    // Sales feedback on owned leads: accept (any number), reject or recycle (one at a time).
    m_acceptAction = new QAction(tr("A&ccept"), this);
    m_acceptAction->setToolTip(tr("The owner takes the selected leads on: they become SQL"));
    m_rejectAction = new QAction(tr("&Reject…"), this);
    m_rejectAction->setToolTip(tr("Hand the lead back with a reason"));
    m_recycleAction = new QAction(tr("Rec&ycle…"), this);
    m_recycleAction->setToolTip(tr("Back to marketing for nurturing"));
    for (QAction *action : {m_acceptAction, m_rejectAction, m_recycleAction})
        connect(action, &QAction::triggered, this, [this, action] { salesFeedbackAsked(action); });
    m_logAction = new QAction(tr("&Log call, email or meeting…"), this);
    m_logAction->setToolTip(tr("Record a call, email, meeting or note with the lead"));
    connect(m_logAction, &QAction::triggered, this, &LeadsPage::logAsked);
    m_exportAction = new QAction(tr("E&xport…"), this);
    m_exportAction->setToolTip(
        tr("Write the selected leads, or all the filters select, to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &LeadsPage::exportAsked);
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &LeadsPage::deleteAsked);
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &LeadsPage::refresh);
    for (QAction *action : {m_assignAction, m_stageAction, m_enrolAction, m_exportAction,
             m_deleteAction, m_refreshAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    if (!writable) {
        for (QAction *action : {m_assignAction, m_stageAction, m_enrolAction, m_deleteAction,
                 m_acceptAction, m_rejectAction, m_recycleAction, m_logAction})
            action->setVisible(false);
    }

    m_toolBar = new QToolBar(tr("Lead actions"), this);
    m_toolBar->setObjectName(u"leadActions"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_assignAction);
    m_toolBar->addAction(m_stageAction);
    m_toolBar->addAction(m_enrolAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
}

void LeadsPage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"leadTable"_s);
    m_table->setAccessibleName(tr("Leads"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks for the size of a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &LeadsPage::showTableMenu);
    m_table->installEventFilter(this);
    installLeadDelegates(m_table);

    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &LeadsPage::showHeaderMenu);
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(u"m"_s);
    // In "m" widths: all twelve columns fit a 1280-pixel window.
    const QList<std::pair<int, int>> widths {{LeadTableModel::NameColumn, 11},
        {LeadTableModel::CompanyColumn, 10}, {LeadTableModel::EmailColumn, 14},
        {LeadTableModel::PhoneColumn, 8}, {LeadTableModel::StageColumn, 7},
        {LeadTableModel::OwnerColumn, 7}, {LeadTableModel::SourceColumn, 6},
        {LeadTableModel::CountryColumn, 5}, {LeadTableModel::ScoreColumn, 7},
        {LeadTableModel::GradeColumn, 4}, {LeadTableModel::SlaColumn, 10},
        {LeadTableModel::CreatedColumn, 11}};
    // Never narrower than the (translated) header text, so "Einstufung" is not cut to "nstufun".
    const int padding = style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 + em * 2;
    for (const auto &[column, width] : widths) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(width * em, metrics.horizontalAdvance(title) + padding));
    }
    header->setSortIndicator(LeadTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);

    m_headerMenu = new QMenu(this);
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        QAction *action =
            m_headerMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_table->horizontalHeader()->setSectionHidden(column, !shown);
            saveHeader();
        });
        m_columnActions << action;
    }
    // The name stays: a row needs something that says which lead it is.
    m_columnActions.at(LeadTableModel::NameColumn)->setEnabled(false);

    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(LeadTableModel::LeadIdRole).toLongLong(); id > 0)
            emit openLead(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            emit currentLeadChanged(
                current.isValid() ? current.data(LeadTableModel::LeadIdRole).toLongLong() : 0);
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &LeadsPage::updateActions);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_restoring)
            saveHeader();
    });
    connect(header, &QHeaderView::sectionMoved, this, &LeadsPage::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &LeadsPage::saveHeader);
}

void LeadsPage::restoreHeader()
{
    const QByteArray state = QSettings().value(headerKey).toByteArray();
    QHeaderView *header = m_table->horizontalHeader();
    if (!state.isEmpty()) {
        m_restoring = true;
        header->restoreState(state);
        m_restoring = false;
    }
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        const QSignalBlocker blocker(m_columnActions.at(column));
        m_columnActions.at(column)->setChecked(!header->isSectionHidden(column));
    }
    header->setSectionHidden(LeadTableModel::NameColumn, false);
    // The restored sort indicator is the sort: the model follows it.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void LeadsPage::saveHeader() const
{
    if (m_restoring)
        return;
    QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState());
}

void LeadsPage::showHeaderMenu(const QPoint &pos)
{
    m_headerMenu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
}

void LeadsPage::showTableMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (QAction *action : {m_assignAction, m_stageAction, m_enrolAction}) {
        if (action->isVisible())
            menu.addAction(action);
    }
    if (m_logAction->isVisible())
        menu.addAction(m_logAction);
    if (m_acceptAction->isVisible()) {
        menu.addSeparator();
        for (QAction *action : {m_acceptAction, m_rejectAction, m_recycleAction})
            menu.addAction(action);
        menu.addSeparator();
    }
    menu.addAction(m_exportAction);
    if (m_deleteAction->isVisible()) {
        menu.addSeparator();
        menu.addAction(m_deleteAction);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QList<qint64> LeadsPage::selectedLeadIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const qint64 id = index.data(LeadTableModel::LeadIdRole).toLongLong();
        if (id > 0)
            ids.append(id);
    }
    return ids;
}

void LeadsPage::showQuery(const LeadQuery &query)
{
    m_filterBar->setFilters(query);
}

void LeadsPage::filtersChanged(const LeadQuery &filters)
{
    LeadQuery query = filters;
    // The sort is the header's, not the filters'.
    query.sortField = m_model->query().sortField;
    query.sortOrder = m_model->query().sortOrder;
    m_model->setQuery(query);
    updateCount();
}

void LeadsPage::refresh()
{
    const QModelIndex current = m_table->currentIndex();
    m_keepLead = current.isValid() ? current.data(LeadTableModel::LeadIdRole).toLongLong() : 0;
    m_model->refresh();
}

void LeadsPage::focusSearch()
{
    searchField()->setFocus(Qt::ShortcutFocusReason);
    searchField()->selectAll();
}

void LeadsPage::modelLoaded()
{
    if (m_keepLead > 0) {
        const int row = m_model->rowOfLead(m_keepLead);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, LeadTableModel::NameColumn));
        m_keepLead = 0;
    }
    updateCount();
    updateActions();
}

void LeadsPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    const QString number = QLocale().toString(total);
    if (m_model->isLoading() && total == 0)
        m_countLabel->setText(tr("Loading leads…"));
    else if (!m_model->isCounted())
        m_countLabel->setText(tr("%1+ leads, counting…").arg(number));
    else if (total == 0)
        m_countLabel->setText(tr("No leads match"));
    else if (total == 1)
        m_countLabel->setText(tr("1 lead"));
    else
        m_countLabel->setText(tr("%1 leads").arg(number));
}

void LeadsPage::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    for (QAction *action :
        {m_assignAction, m_stageAction, m_enrolAction, m_deleteAction, m_acceptAction})
        action->setEnabled(any);
    // Reject and recycle ask about one lead at a time.
    const bool one = m_table->selectionModel()->selectedRows().size() == 1;
    m_rejectAction->setEnabled(one);
    m_recycleAction->setEnabled(one);
    m_logAction->setEnabled(one);
    m_exportAction->setToolTip(any ? tr("Write the selected leads to a CSV file")
                                   : tr("Write every lead the filters select to a CSV file"));
}

bool LeadsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const qint64 id = m_table->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong();
            if (id > 0)
                emit openLead(id);
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_table->selectionModel()->hasSelection()) {
            m_table->clearSelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LeadsPage::showError(const QString &what, const QString &message)
{
    QMessageBox::warning(this, what, message);
}

Result<qint64> LeadsPage::assignSelected(qint64 userId, const QString &reason)
{
    if (!m_actions)
        return fail(ErrorCode::ReadOnly, tr("Leads cannot be changed here."));
    return m_actions->assign(selectedLeadIds(), userId, reason);
}

Result<QList<Lead>> LeadsPage::changeSelectedStage(Stage stage)
{
    if (!m_actions)
        return fail(ErrorCode::ReadOnly, tr("Leads cannot be changed here."));
    return m_actions->changeStage(selectedLeadIds(), stage, this);
}

qint64 LeadsPage::enrolSelected(const QString &sequence, QString *refused)
{
    NurtureService nurture(m_database.connection());
    const QString actor = m_actions ? m_actions->actor() : QString();
    qint64 enrolled = 0;
    for (qint64 id : selectedLeadIds()) {
        Result<Enrolment> enrolment = nurture.enrol(id, sequence, actor);
        if (enrolment)
            ++enrolled;
        else if (refused && refused->isEmpty())
            *refused = enrolment.error().message;
    }
    return enrolled;
}

void LeadsPage::assignAsked()
{
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty())
        return;
    Result<QList<User>> users = UserService(m_database.connection()).list(false);
    if (!users) {
        showError(tr("Assign Leads"), users.error().message);
        return;
    }
    if (users->isEmpty()) {
        showError(tr("Assign Leads"),
            tr("There is nobody to assign leads to yet: add people in "
               "Settings first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Assign %n Lead(s)", nullptr, int(ids.size())));
    auto *person = new QComboBox(&dialog);
    person->setAccessibleName(tr("Person"));
    for (const User &user : std::as_const(*users))
        person->addItem(user.name, user.id);
    auto *reason = new QLineEdit(&dialog);
    reason->setAccessibleName(tr("Reason"));
    reason->setPlaceholderText(tr("Why this person (kept in the lead's history)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Person:"), person);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString why =
        reason->text().trimmed().isEmpty() ? tr("Assigned by hand") : reason->text().trimmed();
    if (Result<qint64> assigned = assignSelected(person->currentData().toLongLong(), why);
        !assigned)
        showError(tr("Assign Leads"), assigned.error().message);
}

void LeadsPage::stageAsked()
{
    if (selectedLeadIds().isEmpty())
        return;
    QStringList labels;
    const QList<Stage> stages = allStages();
    for (Stage stage : stages)
        labels << stageLabel(stage);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change Stage"), tr("Move the selected leads to:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const Stage stage = stages.at(labels.indexOf(chosen));
    Result<QList<Lead>> moved = changeSelectedStage(stage);
    if (!moved && moved.error().code != ErrorCode::Cancelled)
        showError(tr("Change Stage"), moved.error().message);
}

void LeadsPage::salesFeedbackAsked(QAction *action)
{
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty() || !m_actions)
        return;
    if (action == m_acceptAction)
        static_cast<void>(m_actions->askAccept(ids, this));
    else if (action == m_rejectAction)
        static_cast<void>(m_actions->askReject(ids.first(), this));
    else
        static_cast<void>(m_actions->askRecycle(ids.first(), this));
}

void LeadsPage::logAsked()
{
    const QList<qint64> ids = selectedLeadIds();
    if (ids.size() != 1 || !m_actions)
        return;
    auto lead = LeadService(m_database.connection()).get(ids.first());
    if (!lead)
        return;
    LogTouchDialog dialog(
        m_database.connection(), lead->id(), lead->displayName(), u"call"_s, this);
    dialog.setActor(m_actions->actor());
    if (dialog.exec() == QDialog::Accepted && dialog.touchpoint())
        m_model->reloadLead(lead->id());
}

void LeadsPage::enrolAsked()
{
    if (selectedLeadIds().isEmpty())
        return;
    Result<QList<Sequence>> sequences = NurtureService(m_database.connection()).listSequences();
    if (!sequences) {
        showError(tr("Enrol in Sequence"), sequences.error().message);
        return;
    }
    QStringList names;
    for (const Sequence &sequence : std::as_const(*sequences)) {
        if (sequence.active)
            names << sequence.name;
    }
    if (names.isEmpty()) {
        showError(tr("Enrol in Sequence"), tr("There is no active nurture sequence yet."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Enrol in Sequence"), tr("Enrol the selected leads in:"), names, 0, false, &ok);
    if (!ok)
        return;
    QString refused;
    const qint64 enrolled = enrolSelected(name, &refused);
    if (!refused.isEmpty())
        showError(tr("Enrol in Sequence"),
            tr("%1 enrolled. Some were not: %2").arg(QLocale().toString(enrolled), refused));
}

Result<qint64> LeadsPage::exportTo(const QString &path)
{
    LeadExportOptions options;
    const QList<qint64> ids = selectedLeadIds();
    options.query = m_model->query();
    if (!ids.isEmpty()) {
        options.query = LeadQuery();
        options.query.ids = ids;
    }
    auto progress = std::make_shared<Progress>();
    auto result = std::make_shared<Result<qint64>>(qint64(0));
    QProgressDialog dialog(tr("Exporting leads…"), tr("Cancel"), 0, 0, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    progress->report = [&dialog](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            &dialog,
            [&dialog, done, total] {
                dialog.setMaximum(int(qMin<qint64>(total, std::numeric_limits<int>::max())));
                dialog.setValue(int(qMin<qint64>(done, std::numeric_limits<int>::max())));
            },
            Qt::QueuedConnection);
    };
    Database &database = m_database;
    QThread *thread = QThread::create([&database, path, options, progress, result] {
        *result = LeadExporter(database).run(path, options, progress.get());
    });
    connect(
        &dialog, &QProgressDialog::canceled, &dialog, [progress] { progress->cancelled = true; });
    connect(thread, &QThread::finished, &dialog, &QProgressDialog::reset);
    thread->start();
    while (!thread->isFinished())
        dialog.exec();
    thread->wait();
    delete thread;
    progress->report = nullptr;
    return *result;
}

void LeadsPage::exportAsked()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export Leads"), tr("leads.csv"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<qint64> written = exportTo(path);
    if (!written) {
        if (written.error().code != ErrorCode::Cancelled)
            showError(tr("Export Leads"), written.error().message);
        return;
    }
    QMessageBox::information(this, tr("Export Leads"),
        tr("%1 leads written to %2.").arg(QLocale().toString(*written), path));
}

void LeadsPage::deleteAsked()
{
    const QList<qint64> ids = selectedLeadIds();
    if (ids.isEmpty() || !m_actions)
        return;
    const QString question = ids.size() == 1 ? tr("Delete this lead? Edit > Undo brings it back.")
                                             : tr("Delete %1 leads? Edit > Undo brings them back.")
                                                   .arg(QLocale().toString(qint64(ids.size())));
    if (QMessageBox::question(this, tr("Delete Leads"), question) != QMessageBox::Yes)
        return;
    if (Result<qint64> removed = m_actions->remove(ids); !removed)
        showError(tr("Delete Leads"), removed.error().message);
}

} // namespace lf
