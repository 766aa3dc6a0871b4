#include "importspage.h"

#include "importwizard.h"
#include "storage/database.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf {

// ---------------------------------------------------------------------------------------------
// ImportBatchModel

ImportBatchModel::ImportBatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportBatchModel::setBatches(const QList<ImportBatch> &batches)
{
    beginResetModel();
    m_batches = batches;
    std::reverse(m_batches.begin(), m_batches.end());
    endResetModel();
}

ImportBatch ImportBatchModel::batchAt(int row) const
{
    if (row < 0 || row >= m_batches.size())
        return {};
    return m_batches[row];
}

int ImportBatchModel::rowOfBatch(qint64 id) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches[row].id == id)
            return row;
    }
    return -1;
}

int ImportBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ImportBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportBatch &batch = m_batches[index.row()];
    const bool undone = batch.status == u"undone"_s;
    switch (role) {
    case BatchIdRole:
        return batch.id;
    case UndoneRole:
        return undone;
    case Qt::TextAlignmentRole:
        if (index.column() >= RowsColumn && index.column() <= RejectedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (undone)
            return QColor(Qt::gray);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return batch.fileName;
        if (index.column() == WhenColumn)
            return QLocale().toString(batch.startedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(batch.fileName).fileName();
    case KindColumn:
        if (batch.kind == u"leads"_s)
            return tr("Leads");
        if (batch.kind == u"touchpoints"_s)
            return tr("Touchpoints");
        if (batch.kind == u"campaigns"_s)
            return tr("Campaigns");
        return batch.kind;
    case WhenColumn:
        return QLocale().toString(batch.startedAt.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return batch.actor;
    case RowsColumn:
        return QLocale().toString(batch.rows);
    case CreatedColumn:
        return QLocale().toString(batch.created);
    case UpdatedColumn:
        return QLocale().toString(batch.updated);
    case SkippedColumn:
        return QLocale().toString(batch.skipped);
    case RejectedColumn:
        return QLocale().toString(batch.rejected);
    case StatusColumn:
        if (undone)
            return tr("Undone");
        if (batch.status == u"committed"_s)
            return tr("Imported");
        return batch.status;
    default:
        return {};
    }
}

QVariant ImportBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case KindColumn:
        return tr("What");
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case RowsColumn:
        return tr("Rows");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case SkippedColumn:
        return tr("Skipped");
    case RejectedColumn:
        return tr("Rejected");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------
// ImportsPage

ImportsPage::ImportsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(u"ImportsPage"_s);
    setAccessibleName(tr("Imports"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(u"importsSummary"_s);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_importButton = new QPushButton(tr("&Import…"));
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setAccessibleName(tr("Import leads from a CSV file"));
    m_undoButton = new QPushButton(tr("&Undo import"));
    m_undoButton->setObjectName(u"undoImportButton"_s);
    m_undoButton->setAccessibleName(tr("Undo the selected import"));
    top->addWidget(m_importButton);
    top->addWidget(m_undoButton);
    layout->addLayout(top);

    m_model = new ImportBatchModel(this);
    m_view = new QTableView;
    m_view->setObjectName(u"importsView"_s);
    m_view->setAccessibleName(tr("Past imports"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(
        ImportBatchModel::FileColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    if (m_database.isReadOnly()) {
        const QString why = tr("The database is open read-only.");
        m_importButton->setEnabled(false);
        m_importButton->setToolTip(why);
        m_undoButton->setToolTip(why);
    }

    connect(m_importButton, &QPushButton::clicked, this, &ImportsPage::startImport);
    connect(m_undoButton, &QPushButton::clicked, this, [this] { undoSelected(true); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ImportsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportsPage::updateButtons);
    refresh();
}

void ImportsPage::refresh()
{
    const qint64 selected = m_model->batchAt(m_view->currentIndex().row()).id;
    auto batches = listImports(m_database);
    if (!batches) {
        m_lastError = batches.error();
        m_summary->setText(tr("The imports cannot be read: %1").arg(batches.error().toString()));
        m_model->setBatches({});
        return;
    }
    m_lastError.reset();
    m_model->setBatches(*batches);
    if (batches->isEmpty())
        m_summary->setText(tr("No imports yet. Choose Import… to bring in leads from a CSV file "
                              "exported from a spreadsheet or another CRM."));
    else
        m_summary->setText(tr("Imports so far: %1. An import can be undone as long as the leads "
                              "it updated were not changed since.")
                               .arg(QLocale().toString(batches->size())));
    const int row = m_model->rowOfBatch(selected);
    if (row >= 0)
        m_view->selectRow(row);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(
        ImportBatchModel::FileColumn, QHeaderView::Stretch);
    updateButtons();
}

void ImportsPage::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool undoable = current.isValid() && !m_database.isReadOnly()
        && !current.data(ImportBatchModel::UndoneRole).toBool();
    m_undoButton->setEnabled(undoable);
}

void ImportsPage::startImport()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new ImportWizard(m_database, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    auto changed = [this] {
        refresh();
        emit leadsChanged();
    };
    connect(m_wizard, &ImportWizard::imported, this, changed);
    connect(m_wizard, &ImportWizard::importUndone, this, changed);
    connect(m_wizard, &QDialog::finished, this, &ImportsPage::refresh);
    m_wizard->open();
}

Result<qint64> ImportsPage::undoSelected(bool confirm)
{
    const ImportBatch batch = m_model->batchAt(m_view->currentIndex().row());
    if (batch.id == 0)
        return fail(ErrorCode::NotFound, tr("Select an import to undo."));
    if (batch.status == u"undone"_s)
        return fail(ErrorCode::Conflict, tr("This import was already undone."));
    if (confirm) {
        const QString file = QFileInfo(batch.fileName).fileName();
        QString question;
        if (batch.kind != u"leads"_s)
            question = tr("Undo the import of %1? What it added is removed.").arg(file);
        else if (batch.updated > 0)
            question = tr("Undo the import of %1? The %2 leads it created are removed and the %3 "
                          "it updated get their earlier values back.")
                           .arg(file, QLocale().toString(batch.created),
                               QLocale().toString(batch.updated));
        else
            question = tr("Undo the import of %1? The %2 leads it created are removed.")
                           .arg(file, QLocale().toString(batch.created));
        const auto answer = QMessageBox::question(this, tr("Undo import"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return fail(ErrorCode::Cancelled, tr("The import was not undone."));
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<qint64> undone = undoImport(m_database, batch.id, qEnvironmentVariable("USER"));
    QApplication::restoreOverrideCursor();
    if (!undone) {
        m_lastError = undone.error();
        if (confirm)
            QMessageBox::warning(this, tr("Undo import"), undone.error().toString());
        return undone;
    }
    refresh();
    emit leadsChanged();
    return undone;
}

} // namespace lf
