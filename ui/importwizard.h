#pragma once

#include "io/leadimporter.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QWizard>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QThread;
QT_END_NAMESPACE

namespace lf {

class Database;

/// The first records of a file as the import would read them (previewImport()), one row per
/// record and one column per column of the file that is not ignored, after a "Result" column.
/// Cells the importer would not take as they are (malformed email, unreadable date or amount,
/// unknown country ...) are drawn red with the reason as their tooltip; rejected rows say why in
/// the Result column.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ProblemRole = Qt::UserRole + 1, ///< QString: why the cell (or, in Result, the row) is bad
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Shows preview (all rows, or with setProblemsOnly() only those with a problem).
    void setPreview(const ImportPreview &preview);
    const ImportPreview &preview() const { return m_preview; }
    /// Keeps only the rows that would be rejected or have a cell with a problem.
    void setProblemsOnly(bool only);
    bool problemsOnly() const { return m_problemsOnly; }

    /// Previewed rows that would be rejected.
    int rejectedCount() const;
    /// Previewed rows with at least one cell with a problem (rejected or not).
    int problemRowCount() const;
    /// The file column shown in a model column (-1 for the Result column).
    int fileColumn(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool hasProblem(const ImportPreviewRow &row);
    QString displayValue(const ImportPreviewRow &row, int fileColumn) const;
    void rebuildRows();

    ImportPreview m_preview;
    QList<int> m_columns; ///< file columns shown, after the Result column
    QList<int> m_rows; ///< preview rows shown
    bool m_problemsOnly = false;
};

/// Imports leads from a CSV file in seven steps: choose the file; check its encoding and
/// delimiter; map its columns to lead fields (with named mapping profiles); preview the first
/// records with the cells the importer would flag; a dry run that counts what the import will do
/// with the chosen duplicate handling; the import itself, with progress and cancel; and the result,
/// with the rejected rows to save and an undo.
///
/// The dry run and the import run LeadImporter on a worker thread with its own connection; the
/// wizard stays responsive and its Cancel stops them (a cancelled import leaves nothing behind).
/// database is not owned and must outlive the wizard.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        FilePage,
        FormatPage,
        MappingPage,
        PreviewPage,
        SummaryPage,
        ImportPage,
        ResultPage
    };

    /// Rows the preview page shows.
    static constexpr qsizetype PreviewRows = 200;

    explicit ImportWizard(Database &database, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Chooses the file to import and, when it can be read, goes on to the encoding page.
    void setFile(const QString &path);
    QString file() const;

    /// The import batch the wizard created, 0 before (or without) one.
    qint64 batchId() const { return m_batchId; }

    /// What the choices made so far amount to (dryRun false, no errors path). The encoding is
    /// empty (detect) while the detected one is chosen.
    LeadImportOptions options() const;
    /// Encoding and delimiter as detected for the file.
    QString detectedEncoding() const { return m_detectedEncoding; }
    QChar detectedDelimiter() const { return m_detectedDelimiter; }
    /// The file's headers as read with the chosen encoding and delimiter.
    QStringList headers() const { return m_headers; }
    /// The column mapping chosen on the mapping page, one entry per header.
    QList<ColumnMapping> columns() const;
    /// Sets the mapping page's choice for column (as a person picking it would).
    void setColumn(int column, const ColumnMapping &mapping);

    /// Loads the mapping profile name onto the mapping page.
    Status loadProfile(const QString &name);
    /// Saves the mapping page's choices as profile name.
    Status saveProfile(const QString &name);

    void setDuplicatePolicy(DuplicatePolicy policy);
    DuplicatePolicy duplicatePolicy() const;

    /// The last finished dry run, or nullopt (none yet, one running, or it failed).
    std::optional<ImportReport> dryRunReport() const { return m_dryRun; }
    /// The import's report once it succeeded.
    std::optional<ImportReport> importReport() const { return m_report; }
    /// Why the last dry run or import failed (cancelled included), or nullopt.
    std::optional<Error> lastError() const { return m_lastError; }
    /// Whether a dry run or the import is running.
    bool isRunning() const;

    /// Stops a running import (it leaves nothing behind) or dry run.
    void cancelRun();
    /// Copies the rows the import rejected (the original rows plus a reason column) to path.
    Status saveRejectedRows(const QString &path) const;
    /// Reverses the import (LeadImporter's undoImport()) after asking when confirm is true.
    /// Returns the number of leads removed or restored; Cancelled when the person said no.
    Result<qint64> undoImport(bool confirm = true);

    /// Stops a running dry run or import before closing; the wizard closes when it has stopped.
    void reject() override;

signals:
    /// The import finished and was committed as batchId.
    void imported(qint64 batchId);
    /// The import was undone from the result page.
    void importUndone(qint64 batchId);
    /// A dry run finished (see dryRunReport() and lastError()).
    void dryRunFinished();
    /// The import finished, was cancelled or failed (see importReport() and lastError()).
    void importFinished();

private:
    class Page;

    Page *createFilePage();
    Page *createFormatPage();
    Page *createMappingPage();
    Page *createPreviewPage();
    Page *createSummaryPage();
    Page *createImportPage();
    Page *createResultPage();

    void browse();
    void updateFileInfo();
    bool acceptFile();
    void resetFormatChoices();
    void updateFormatPreview();
    void rebuildMappingRows();
    void checkMapping();
    void refreshProfileNames();
    void updatePreview();
    void startRun(bool dryRun);
    void stopRun();
    void runProgressed(qint64 done, qint64 total);
    void runFinished(bool dryRun, const Result<ImportReport> &result);
    void showResult();
    QString reportText(const ImportReport &report, bool dryRun) const;
    QString chosenEncoding() const;
    QChar chosenDelimiter() const;

    Database &m_database;
    QString m_actor;
    QTemporaryDir m_workDir; ///< holds the rejected rows of the import

    // What the file is and how it reads.
    QString m_acceptedFile; ///< the file the later pages are set up for
    QString m_detectedEncoding;
    QChar m_detectedDelimiter;
    QStringList m_headers;
    QList<ImportPreviewRow> m_sampleRows; ///< first records, for examples on the mapping page
    QStringList m_mappedHeaders; ///< headers the mapping page's rows were built for

    // Runs on the worker thread.
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Progress> m_progress;
    int m_generation = 0;
    bool m_runIsDryRun = false;
    bool m_closeWhenStopped = false;
    std::optional<ImportReport> m_dryRun;
    std::optional<ImportReport> m_report;
    std::optional<Error> m_lastError;
    qint64 m_batchId = 0;
    bool m_undone = false;

    // Page 1: file.
    QLineEdit *m_fileEdit = nullptr;
    QLabel *m_fileInfo = nullptr;
    // Page 2: encoding and delimiter.
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QPlainTextEdit *m_rawPreview = nullptr;
    QTableWidget *m_parsedPreview = nullptr;
    QLabel *m_formatStatus = nullptr;
    bool m_formatOk = false;
    // Page 3: mapping.
    QComboBox *m_profileCombo = nullptr;
    QLabel *m_profileStatus = nullptr;
    QGridLayout *m_mappingGrid = nullptr;
    QList<QComboBox *> m_columnCombos;
    QList<QWidget *> m_mappingWidgets; ///< everything in the grid, removed on rebuild
    QLabel *m_mappingStatus = nullptr;
    bool m_mappingOk = false;
    // Page 4: preview.
    ImportPreviewModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_previewStatus = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    bool m_previewOk = false;
    // Page 5: dry run.
    QComboBox *m_duplicateCombo = nullptr;
    QCheckBox *m_matchPhone = nullptr;
    QCheckBox *m_matchName = nullptr;
    QProgressBar *m_dryRunProgress = nullptr;
    QLabel *m_dryRunText = nullptr;
    // Page 6: import.
    QProgressBar *m_importProgress = nullptr;
    QLabel *m_importStatus = nullptr;
    QPushButton *m_cancelImport = nullptr;
    // Page 7: result.
    QLabel *m_resultText = nullptr;
    QPushButton *m_saveRejected = nullptr;
    QPushButton *m_undoButton = nullptr;
    QLabel *m_resultStatus = nullptr;
};

} // namespace lf
