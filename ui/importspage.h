#pragma once

#include "io/leadimporter.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace lf {

class Database;
class ImportWizard;

/// Past imports (listImports()), newest first: file, when, who, what each did, undone or not.
class ImportBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        KindColumn,
        WhenColumn,
        WhoColumn,
        RowsColumn,
        CreatedColumn,
        UpdatedColumn,
        SkippedColumn,
        RejectedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        BatchIdRole = Qt::UserRole + 1, ///< qint64 id of the row's batch
        UndoneRole, ///< bool: the import was undone
    };

    explicit ImportBatchModel(QObject *parent = nullptr);

    /// Shows batches (as listImports() gives them, oldest first) newest first.
    void setBatches(const QList<ImportBatch> &batches);
    /// The batch in row, or a default one (id 0) when row is out of range.
    ImportBatch batchAt(int row) const;
    /// The row showing the batch with this id, or -1.
    int rowOfBatch(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportBatch> m_batches; ///< newest first
};

/// The Imports page: the imports made so far, a button that opens the import wizard and one
/// that undoes the selected import (after asking). database is not owned and must outlive the
/// page.
class ImportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportsPage(Database &database, QWidget *parent = nullptr);

    ImportBatchModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The wizard opened by startImport() while it is open, else nullptr.
    ImportWizard *wizard() const { return m_wizard; }
    /// The last failure to list or undo imports, cleared by the next success.
    std::optional<Error> lastError() const { return m_lastError; }

    /// Undoes the selected import. With confirm, asks first and shows a failure in a message box.
    /// Returns the leads removed or restored, or the error (Cancelled when the person said no).
    Result<qint64> undoSelected(bool confirm = true);

public slots:
    /// Reads the imports again.
    void refresh();
    /// Opens the import wizard (window-modal); when it closes, the list is read again.
    void startImport();
signals:
    /// Leads were imported or an import was undone.
    void leadsChanged();

private:
    void updateButtons();

    Database &m_database;
    ImportBatchModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPointer<ImportWizard> m_wizard;
    std::optional<Error> m_lastError;
};

} // namespace lf
