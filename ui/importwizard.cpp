#include "importwizard.h"

#include "domain/stage.h"
#include "filedialogs.h"
#include "io/mappingprofiles.h"
#include "io/outputfile.h"
#include "io/textdecoder.h"
#include "storage/database.h"
#include "workflow/pendingwork.h"

#include <QApplication>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <functional>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

constexpr qsizetype RawPreviewBytes = 64 * 1024;
constexpr int RawPreviewLines = 15;
constexpr int ParsedPreviewRows = 8;
constexpr int ExampleValues = 3;

QString lastFolderKey()
{
    return u"import/lastFolder"_s;
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"desktop"_s : user;
}

/// Encodings offered besides the detected one, when this Qt build can decode them.
QStringList offeredEncodings()
{
    QStringList names;
    for (const QString &name : {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"windows-1252"_s,
             u"ISO-8859-1"_s, u"ISO-8859-15"_s, u"windows-1250"_s, u"windows-1251"_s,
             u"ISO-8859-2"_s, u"Shift_JIS"_s, u"GB18030"_s, u"Big5"_s, u"KOI8-R"_s}) {
        if (TextDecoder::forName(name))
            names << TextDecoder::canonicalName(name);
    }
    names.removeDuplicates();
    return names;
}

/// A label for messages: wraps, selectable so an error can be copied.
QLabel *messageLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString errorHtml(const QString &text)
{
    return u"<span style=\"color:#b00020\">%1</span>"_s.arg(text.toHtmlEscaped());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ImportPreviewModel

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPreview(const ImportPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    m_columns.clear();
    for (int c = 0; c < m_preview.columns.size(); ++c) {
        if (m_preview.columns[c].kind != ColumnMapping::Kind::Drop)
            m_columns << c;
    }
    rebuildRows();
    endResetModel();
}

void ImportPreviewModel::setProblemsOnly(bool only)
{
    if (only == m_problemsOnly)
        return;
    beginResetModel();
    m_problemsOnly = only;
    rebuildRows();
    endResetModel();
}

bool ImportPreviewModel::hasProblem(const ImportPreviewRow &row)
{
    if (!row.reject.isEmpty())
        return true;
    return std::any_of(row.problems.cbegin(), row.problems.cend(),
        [](const QString &problem) { return !problem.isEmpty(); });
}

void ImportPreviewModel::rebuildRows()
{
    m_rows.clear();
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        if (!m_problemsOnly || hasProblem(m_preview.rows[r]))
            m_rows << r;
    }
}

int ImportPreviewModel::rejectedCount() const
{
    return int(std::count_if(m_preview.rows.cbegin(), m_preview.rows.cend(),
        [](const ImportPreviewRow &row) { return !row.reject.isEmpty(); }));
}

int ImportPreviewModel::problemRowCount() const
{
    return int(std::count_if(m_preview.rows.cbegin(), m_preview.rows.cend(), &hasProblem));
}

int ImportPreviewModel::fileColumn(int column) const
{
    if (column <= 0 || column > m_columns.size())
        return -1;
    return m_columns[column - 1];
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_preview.headers.isEmpty())
        return 0;
    return int(m_columns.size()) + 1;
}

QString ImportPreviewModel::displayValue(const ImportPreviewRow &row, int column) const
{
    const QString raw = row.cells.value(column);
    const ColumnMapping &mapping = m_preview.columns[column];
    if (mapping.kind != ColumnMapping::Kind::Field || !row.problems.value(column).isEmpty())
        return raw;
    const QVariant value = row.values.value(int(mapping.field));
    if (value.isNull())
        return raw;
    switch (fieldInfo(mapping.field).type) {
    case FieldType::Money:
        return QLocale().toString(double(value.toLongLong()) / 100.0, 'f', 2);
    case FieldType::Timestamp: {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
        if (time.time() == QTime(0, 0))
            return time.toString(u"yyyy-MM-dd"_s);
        return tr("%1 UTC").arg(time.toString(u"yyyy-MM-dd HH:mm"_s));
    }
    case FieldType::Stage:
        if (const auto stage = stageFromString(value.toString()))
            return stageLabel(*stage);
        break;
    default:
        break;
    }
    return value.toString();
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportPreviewRow &row = m_preview.rows[m_rows[index.row()]];
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            if (!row.reject.isEmpty())
                return tr("Rejected: %1").arg(row.reject);
            if (!row.flag.isEmpty())
                return tr("Flagged: %1").arg(row.flag);
            return tr("OK");
        case Qt::ToolTipRole:
            if (!row.reject.isEmpty())
                return tr("This row will not be imported: %1.").arg(row.reject);
            if (!row.flag.isEmpty())
                return tr("This row will be imported and flagged: %1.").arg(row.flag);
            return tr("This row will be imported as it is.");
        case ProblemRole:
            return row.reject.isEmpty() ? row.flag : row.reject;
        case Qt::ForegroundRole:
            if (!row.reject.isEmpty())
                return QColor(0xb0, 0x00, 0x20);
            if (!row.flag.isEmpty())
                return QColor(0x9a, 0x5b, 0x00);
            return QColor(0x1b, 0x6e, 0x20);
        default:
            return {};
        }
    }
    const int column = fileColumn(index.column());
    const QString problem = row.problems.value(column);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::EditRole:
        return row.cells.value(column);
    case ProblemRole:
        return problem;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!problem.isEmpty() && !row.reject.isEmpty())
            return tr("%1; the row will not be imported: %2.").arg(problem, row.reject);
        if (!problem.isEmpty()) {
            const ColumnMapping &mapping = m_preview.columns[column];
            if (mapping.kind == ColumnMapping::Kind::Field
                && !row.values.value(int(mapping.field)).isNull())
                return tr("%1: the value is imported as written and the lead is flagged.")
                    .arg(problem);
            return tr("%1: “%2” is kept as a custom field and the lead is flagged.")
                .arg(problem, row.cells.value(column));
        }
        if (!row.reject.isEmpty())
            return tr("This row will not be imported: %1.").arg(row.reject);
        return {};
    case Qt::BackgroundRole:
        if (!problem.isEmpty())
            return QColor(0xff, 0xd6, 0xd6);
        return {};
    case Qt::ForegroundRole:
        if (!problem.isEmpty())
            return QColor(0xb0, 0x00, 0x20);
        if (!row.reject.isEmpty())
            return QColor(Qt::gray);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const qint64 line = m_preview.rows[m_rows[section]].line;
        if (role == Qt::DisplayRole)
            return QString::number(line);
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(line);
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Result");
        if (role == Qt::ToolTipRole)
            return tr("What the import will do with the row");
        return {};
    }
    const int column = fileColumn(section);
    const ColumnMapping &mapping = m_preview.columns[column];
    QString target;
    switch (mapping.kind) {
    case ColumnMapping::Kind::Field:
        target = fieldLabel(mapping.field);
        break;
    case ColumnMapping::Kind::FullName:
        target = tr("full name");
        break;
    case ColumnMapping::Kind::Custom:
        target = tr("custom field");
        break;
    case ColumnMapping::Kind::Drop:
        break;
    }
    if (role == Qt::DisplayRole)
        return tr("%1 → %2").arg(m_preview.headers.value(column), target);
    if (role == Qt::ToolTipRole)
        return tr("The file's column “%1”, imported as %2")
            .arg(m_preview.headers.value(column), target);
    return {};
}

// ---------------------------------------------------------------------------------------------
// ImportWizard

/// A wizard page whose behaviour the wizard gives as functions, so all the wizard's state and
/// widgets stay in one class.
class ImportWizard::Page : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete;
    std::function<void()> enter;
    std::function<bool()> validate;
    std::function<void()> leave; ///< going back from the page

    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    bool validatePage() override { return validate ? validate() : true; }
    /// Going back from the page keeps its choices; leave stops what the page started.
    void cleanupPage() override
    {
        if (leave)
            leave();
    }
    void changed() { emit completeChanged(); }
};

ImportWizard::ImportWizard(Database &database, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_actor(osUser())
{
    setObjectName(u"ImportWizard"_s);
    setWindowTitle(tr("Import leads"));
    setAccessibleName(tr("Import leads"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(820, 600);

    setPage(FilePage, createFilePage());
    setPage(FormatPage, createFormatPage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setPage(SummaryPage, createSummaryPage());
    setPage(ImportPage, createImportPage());
    setPage(ResultPage, createResultPage());
    setStartId(FilePage);
}

ImportWizard::~ImportWizard()
{
    stopRun();
}

// Page 1 ---------------------------------------------------------------------------------------

ImportWizard::Page *ImportWizard::createFilePage()
{
    auto *page = new Page;
    page->setTitle(tr("Choose a file"));
    page->setSubTitle(tr("Pick the CSV file with the leads, as exported from a spreadsheet or "
                         "another CRM. Nothing is imported until you press Import."));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&File:"));
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(u"fileEdit"_s);
    m_fileEdit->setAccessibleName(tr("CSV file to import"));
    m_fileEdit->setPlaceholderText(tr("Path of a .csv file"));
    m_fileEdit->setClearButtonEnabled(true);
    label->setBuddy(m_fileEdit);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"browseButton"_s);
    browse->setAccessibleName(tr("Browse for a CSV file"));
    row->addWidget(label);
    row->addWidget(m_fileEdit, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_fileInfo = messageLabel();
    m_fileInfo->setObjectName(u"fileInfo"_s);
    layout->addWidget(m_fileInfo);
    layout->addSpacing(12);
    auto *help = new QLabel(
        tr("<p><b>What Leadflow reads</b></p>"
           "<ul><li>A first row with column names (“Email”, “First Name”, “Firma”…): they "
           "are matched to lead fields in the next steps, and you can change every match.</li>"
           "<li>Values separated by commas, semicolons, tabs or vertical bars, in UTF-8, "
           "UTF-16 or an older encoding such as Windows-1252; both are detected.</li>"
           "<li>Exports of HubSpot, Salesforce, Zoho, Pipedrive, Google Contacts and Outlook, "
           "and spreadsheets saved as CSV.</li></ul>"
           "<p>Rows for leads you already have (same email) are found, and you choose what "
           "happens to them. An import can be undone afterwards.</p>"));
    help->setWordWrap(true);
    help->setObjectName(u"fileHelp"_s);
    layout->addWidget(help);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, [this, page] {
        updateFileInfo();
        page->changed();
    });
    page->complete = [this] {
        const QFileInfo info(m_fileEdit->text().trimmed());
        return !m_database.isReadOnly() && info.isFile() && info.isReadable();
    };
    page->validate = [this] {
        return acceptFile();
    };
    updateFileInfo();
    return page;
}

void ImportWizard::browse()
{
    QSettings settings;
    QString folder = settings.value(lastFolderKey()).toString();
    if (!m_fileEdit->text().trimmed().isEmpty())
        folder = QFileInfo(m_fileEdit->text().trimmed()).absolutePath();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString path = FileDialogs::openFileName(
        this, tr("Choose a CSV file"), folder, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey(), QFileInfo(path).absolutePath());
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

void ImportWizard::updateFileInfo()
{
    if (m_database.isReadOnly()) {
        m_fileInfo->setText(
            errorHtml(tr("The database is open read-only, so nothing can be imported into it. %1")
                          .arg(m_database.readOnlyReason())));
        return;
    }
    const QString path = m_fileEdit->text().trimmed();
    const QFileInfo info(path);
    if (path.isEmpty())
        m_fileInfo->clear();
    else if (!info.exists())
        m_fileInfo->setText(tr("There is no file at this path."));
    else if (!info.isFile() || !info.isReadable())
        m_fileInfo->setText(tr("This is not a file Leadflow can read."));
    else
        m_fileInfo->setText(tr("%1, %2, changed %3")
                                .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                    QLocale().toString(info.lastModified(), QLocale::ShortFormat)));
}

bool ImportWizard::acceptFile()
{
    const QString path = QFileInfo(m_fileEdit->text().trimmed()).absoluteFilePath();
    CsvReader reader;
    if (auto opened = reader.open(path); !opened) {
        m_fileInfo->setText(
            errorHtml(tr("This file cannot be imported: %1").arg(opened.error().toString())));
        return false;
    }
    QSettings().setValue(lastFolderKey(), QFileInfo(path).absolutePath());
    if (path == m_acceptedFile)
        return true;
    m_acceptedFile = path;
    m_detectedEncoding = reader.encoding();
    m_detectedDelimiter = reader.delimiter();
    m_dryRun.reset();
    resetFormatChoices();
    return true;
}

void ImportWizard::setFile(const QString &path)
{
    m_fileEdit->setText(path);
    if (currentId() == -1)
        restart();
    if (currentId() == FilePage && currentPage()->isComplete())
        next();
}

QString ImportWizard::file() const
{
    return m_acceptedFile;
}

// Page 2 ---------------------------------------------------------------------------------------

ImportWizard::Page *ImportWizard::createFormatPage()
{
    auto *page = new Page;
    page->setTitle(tr("Encoding and delimiter"));
    page->setSubTitle(tr("Leadflow guessed how the file is written. If names show odd "
                         "characters or the columns do not split right, choose another "
                         "encoding or delimiter."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(u"encodingCombo"_s);
    m_encodingCombo->setAccessibleName(tr("Encoding"));
    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(u"delimiterCombo"_s);
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    layout->addLayout(form);

    auto *rawLabel = new QLabel(tr("The first lines of the &file:"));
    m_rawPreview = new QPlainTextEdit;
    m_rawPreview->setObjectName(u"rawPreview"_s);
    m_rawPreview->setAccessibleName(tr("The first lines of the file"));
    m_rawPreview->setReadOnly(true);
    m_rawPreview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawPreview->setTabChangesFocus(true);
    rawLabel->setBuddy(m_rawPreview);
    layout->addWidget(rawLabel);
    layout->addWidget(m_rawPreview, 1);

    auto *parsedLabel = new QLabel(tr("Read as a &table:"));
    m_parsedPreview = new QTableWidget;
    m_parsedPreview->setObjectName(u"parsedPreview"_s);
    m_parsedPreview->setAccessibleName(tr("The first records read as a table"));
    m_parsedPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parsedPreview->setTabKeyNavigation(false);
    m_parsedPreview->verticalHeader()->setVisible(false);
    m_parsedPreview->verticalHeader()->setDefaultSectionSize(
        m_parsedPreview->fontMetrics().height() + 8);
    m_parsedPreview->setWordWrap(false);
    parsedLabel->setBuddy(m_parsedPreview);
    layout->addWidget(parsedLabel);
    layout->addWidget(m_parsedPreview, 1);
    m_formatStatus = messageLabel();
    m_formatStatus->setObjectName(u"formatStatus"_s);
    layout->addWidget(m_formatStatus);

    auto changed = [this, page] {
        updateFormatPreview();
        page->changed();
    };
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, changed);
    page->complete = [this] {
        return m_formatOk;
    };
    return page;
}

void ImportWizard::resetFormatChoices()
{
    const QSignalBlocker blockEncoding(m_encodingCombo);
    const QSignalBlocker blockDelimiter(m_delimiterCombo);
    m_encodingCombo->clear();
    QStringList names = offeredEncodings();
    if (!m_detectedEncoding.isEmpty() && !names.contains(m_detectedEncoding))
        names.prepend(m_detectedEncoding);
    for (const QString &name : std::as_const(names))
        m_encodingCombo->addItem(
            name == m_detectedEncoding ? tr("%1 (detected)").arg(name) : name, name);
    m_encodingCombo->setCurrentIndex(std::max(0, m_encodingCombo->findData(m_detectedEncoding)));

    m_delimiterCombo->clear();
    const QList<std::pair<QString, QChar>> delimiters {{tr("Comma ( , )"), u','},
        {tr("Semicolon ( ; )"), u';'}, {tr("Tab"), u'\t'}, {tr("Vertical bar ( | )"), u'|'}};
    for (const auto &[label, delimiter] : delimiters)
        m_delimiterCombo->addItem(
            delimiter == m_detectedDelimiter ? tr("%1 (detected)").arg(label) : label,
            QString(delimiter));
    m_delimiterCombo->setCurrentIndex(
        std::max(0, m_delimiterCombo->findData(QString(m_detectedDelimiter))));
    updateFormatPreview();
}

QString ImportWizard::chosenEncoding() const
{
    return m_encodingCombo->currentData().toString();
}

QChar ImportWizard::chosenDelimiter() const
{
    const QString text = m_delimiterCombo->currentData().toString();
    return text.isEmpty() ? QChar() : text.front();
}

void ImportWizard::updateFormatPreview()
{
    m_formatOk = false;
    m_parsedPreview->clear();
    m_parsedPreview->setRowCount(0);
    m_parsedPreview->setColumnCount(0);
    if (m_acceptedFile.isEmpty())
        return;

    // The raw lines, decoded with the chosen encoding.
    QFile file(m_acceptedFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_formatStatus->setText(errorHtml(file.errorString()));
        return;
    }
    const QByteArray bytes = file.read(RawPreviewBytes);
    const QString encoding = chosenEncoding();
    if (auto decoder = TextDecoder::forName(encoding)) {
        QString text;
        decoder->decode(
            QByteArrayView(bytes).sliced(TextDecoder::bomLength(bytes, encoding)), text);
        QStringList lines = text.split(QRegularExpression(u"\r\n|\r|\n"_s));
        if (lines.size() > RawPreviewLines)
            lines.resize(RawPreviewLines);
        m_rawPreview->setPlainText(lines.join(u'\n'));
    } else {
        m_rawPreview->setPlainText(decoder.error().toString());
    }

    // The records, read the way the import will read them.
    LeadImportOptions options = this->options();
    options.columns.clear(); // the headers may differ from those the mapping page knows
    auto preview = previewImport(m_database, m_acceptedFile, options, ParsedPreviewRows);
    if (!preview) {
        m_headers.clear();
        m_sampleRows.clear();
        m_formatStatus->setText(
            errorHtml(tr("The file cannot be read this way: %1").arg(preview.error().toString())));
        return;
    }
    m_headers = preview->headers;
    m_sampleRows = preview->rows;
    m_parsedPreview->setColumnCount(int(m_headers.size()));
    m_parsedPreview->setHorizontalHeaderLabels(m_headers);
    m_parsedPreview->setRowCount(int(m_sampleRows.size()));
    for (int r = 0; r < m_sampleRows.size(); ++r) {
        for (int c = 0; c < m_sampleRows[r].cells.size(); ++c)
            m_parsedPreview->setItem(r, c, new QTableWidgetItem(m_sampleRows[r].cells[c]));
    }
    m_parsedPreview->resizeColumnsToContents();
    for (int c = 0; c < m_parsedPreview->columnCount(); ++c)
        m_parsedPreview->setColumnWidth(c, std::min(m_parsedPreview->columnWidth(c), 220));
    m_formatStatus->setText(m_headers.size() == 1
            ? tr("Only one column was found: if the table above shows whole lines, choose "
                 "another delimiter.")
            : tr("Columns found in the header row: %1.").arg(m_headers.size()));
    m_formatOk = true;
}

// Page 3 ---------------------------------------------------------------------------------------

ImportWizard::Page *ImportWizard::createMappingPage()
{
    auto *page = new Page;
    page->setTitle(tr("Map the columns"));
    page->setSubTitle(tr("Choose what each column of the file becomes in a lead. The choices "
                         "are suggested from the column names; columns no field takes are kept "
                         "as custom fields."));
    auto *layout = new QVBoxLayout(page);

    auto *profileRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("Mapping &profile:"));
    m_profileCombo = new QComboBox;
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileCombo->setAccessibleName(tr("Mapping profile name"));
    m_profileCombo->setEditable(true);
    m_profileCombo->setInsertPolicy(QComboBox::NoInsert);
    m_profileCombo->lineEdit()->setPlaceholderText(tr("Name of a profile"));
    m_profileCombo->setMinimumWidth(220);
    profileLabel->setBuddy(m_profileCombo);
    auto *load = new QPushButton(tr("&Load"));
    load->setObjectName(u"loadProfileButton"_s);
    load->setAccessibleName(tr("Load the mapping profile"));
    auto *save = new QPushButton(tr("&Save"));
    save->setObjectName(u"saveProfileButton"_s);
    save->setAccessibleName(tr("Save the mapping as a profile"));
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(load);
    profileRow->addWidget(save);
    layout->addLayout(profileRow);
    m_profileStatus = messageLabel();
    m_profileStatus->setObjectName(u"profileStatus"_s);
    layout->addWidget(m_profileStatus);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QWidget;
    m_mappingGrid = new QGridLayout(grid);
    m_mappingGrid->setColumnStretch(1, 1);
    m_mappingGrid->setHorizontalSpacing(16);
    const QStringList titles {tr("Column in the file"), tr("Examples"), tr("Import as")};
    for (int c = 0; c < titles.size(); ++c) {
        auto *title = new QLabel(u"<b>%1</b>"_s.arg(titles[c].toHtmlEscaped()));
        m_mappingGrid->addWidget(title, 0, c);
    }
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);
    m_mappingStatus = messageLabel();
    m_mappingStatus->setObjectName(u"mappingStatus"_s);
    layout->addWidget(m_mappingStatus);

    auto report = [this](const Status &status, const QString &done) {
        m_profileStatus->setText(
            status ? done.toHtmlEscaped() : errorHtml(status.error().toString()));
    };
    connect(load, &QPushButton::clicked, this, [this, report] {
        const QString name = m_profileCombo->currentText().trimmed();
        report(loadProfile(name), tr("Loaded the profile “%1”.").arg(name));
    });
    connect(save, &QPushButton::clicked, this, [this, report] {
        const QString name = m_profileCombo->currentText().trimmed();
        report(saveProfile(name), tr("Saved the profile “%1”.").arg(name));
    });
    page->enter = [this] {
        refreshProfileNames();
        if (m_headers != m_mappedHeaders)
            rebuildMappingRows();
    };
    page->complete = [this] {
        return m_mappingOk;
    };
    return page;
}

void ImportWizard::refreshProfileNames()
{
    const QString current = m_profileCombo->currentText();
    m_profileCombo->clear();
    if (auto names = MappingProfiles(m_database.connection()).names())
        m_profileCombo->addItems(*names);
    m_profileCombo->setCurrentText(current);
}

void ImportWizard::rebuildMappingRows()
{
    for (QWidget *widget : std::as_const(m_mappingWidgets))
        delete widget;
    m_mappingWidgets.clear();
    m_columnCombos.clear();
    m_mappedHeaders = m_headers;

    QList<std::pair<QString, QString>> targets {
        {tr("(keep as custom field)"), u"custom"_s},
        {tr("(ignore)"), u"drop"_s},
        {tr("Full name (split into first and last)"), u"full_name"_s},
    };
    QList<std::pair<QString, QString>> fields;
    for (const FieldInfo &info : allFields()) {
        if (info.editable)
            fields.append({fieldLabel(info.field), fieldKey(info.field)});
    }
    std::sort(fields.begin(), fields.end(),
        [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    targets += fields;

    const QList<ColumnMapping> suggested = LeadImporter::suggestMapping(m_headers);
    for (int c = 0; c < m_headers.size(); ++c) {
        auto *header = new QLabel(m_headers[c]);
        header->setObjectName(u"mappingHeader%1"_s.arg(c));
        QStringList examples;
        for (const ImportPreviewRow &row : std::as_const(m_sampleRows)) {
            const QString value = row.cells.value(c).trimmed();
            if (!value.isEmpty() && !examples.contains(value))
                examples << value;
            if (examples.size() == ExampleValues)
                break;
        }
        auto *example = new QLabel;
        const QString text = examples.join(u", "_s);
        example->setText(example->fontMetrics().elidedText(text, Qt::ElideRight, 320));
        example->setToolTip(text);
        example->setStyleSheet(u"color: palette(placeholder-text)"_s);
        auto *combo = new QComboBox;
        combo->setObjectName(u"mappingCombo%1"_s.arg(c));
        combo->setAccessibleName(tr("Import the column “%1” as").arg(m_headers[c]));
        for (int i = 0; i < targets.size(); ++i) {
            combo->addItem(targets[i].first, targets[i].second);
            if (i == 2)
                combo->insertSeparator(combo->count());
        }
        combo->setCurrentIndex(
            std::max(0, combo->findData(MappingProfiles::targetName(suggested.value(c)))));
        header->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::checkMapping);
        m_mappingGrid->addWidget(header, c + 1, 0);
        m_mappingGrid->addWidget(example, c + 1, 1);
        m_mappingGrid->addWidget(combo, c + 1, 2);
        m_mappingWidgets << header << example << combo;
        m_columnCombos << combo;
    }
    m_mappingGrid->setRowStretch(int(m_headers.size()) + 1, 1);
    checkMapping();
}

QList<ColumnMapping> ImportWizard::columns() const
{
    QList<ColumnMapping> columns;
    for (const QComboBox *combo : m_columnCombos) {
        columns << MappingProfiles::fromTargetName(combo->currentData().toString())
                       .value_or(ColumnMapping {ColumnMapping::Kind::Custom, LeadField::Id});
    }
    return columns;
}

void ImportWizard::setColumn(int column, const ColumnMapping &mapping)
{
    if (column < 0 || column >= m_columnCombos.size())
        return;
    QComboBox *combo = m_columnCombos[column];
    combo->setCurrentIndex(std::max(0, combo->findData(MappingProfiles::targetName(mapping))));
}

void ImportWizard::checkMapping()
{
    const QList<ColumnMapping> chosen = columns();
    QStringList problems;
    QHash<int, QStringList> byField;
    bool identity = false;
    for (int c = 0; c < chosen.size(); ++c) {
        if (chosen[c].kind == ColumnMapping::Kind::FullName)
            identity = true;
        if (chosen[c].kind != ColumnMapping::Kind::Field)
            continue;
        byField[int(chosen[c].field)] << m_headers.value(c);
        switch (chosen[c].field) {
        case LeadField::FirstName:
        case LeadField::LastName:
        case LeadField::Company:
        case LeadField::Email:
        case LeadField::Phone:
            identity = true;
            break;
        default:
            break;
        }
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        if (it.value().size() > 1)
            problems << tr("%1 is chosen for more than one column (%2): choose it for one.")
                            .arg(fieldLabel(LeadField(it.key())), it.value().join(u", "_s));
    }
    problems.sort();
    m_mappingOk = problems.isEmpty();
    if (!m_mappingOk)
        m_mappingStatus->setText(errorHtml(problems.join(u' ')));
    else if (!identity)
        m_mappingStatus->setText(
            tr("No column gives a name, company, email or phone: every row would be rejected."));
    else
        m_mappingStatus->clear();
    if (auto *mappingPage = static_cast<Page *>(page(MappingPage)))
        mappingPage->changed();
}

Status ImportWizard::loadProfile(const QString &name)
{
    auto mapping = MappingProfiles(m_database.connection()).apply(name, m_headers);
    if (!mapping)
        return fail(mapping.error());
    for (int c = 0; c < mapping->size(); ++c)
        setColumn(c, mapping->at(c));
    m_profileCombo->setCurrentText(name);
    return {};
}

Status ImportWizard::saveProfile(const QString &name)
{
    if (auto saved = MappingProfiles(m_database.connection()).save(name, m_headers, columns());
        !saved)
        return saved;
    refreshProfileNames();
    m_profileCombo->setCurrentText(name.trimmed());
    return {};
}

// Page 4 ---------------------------------------------------------------------------------------

ImportWizard::Page *ImportWizard::createPreviewPage()
{
    auto *page = new Page;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The first rows as they will be imported. Values in red cannot be read "
                         "as their field; point at one to see why."));
    auto *layout = new QVBoxLayout(page);
    m_previewStatus = messageLabel();
    m_previewStatus->setObjectName(u"previewStatus"_s);
    layout->addWidget(m_previewStatus);
    m_problemsOnly = new QCheckBox(tr("Show &only rows with problems"));
    m_problemsOnly->setObjectName(u"problemsOnly"_s);
    layout->addWidget(m_problemsOnly);
    m_previewModel = new ImportPreviewModel(this);
    m_previewView = new QTableView;
    m_previewView->setObjectName(u"previewView"_s);
    m_previewView->setAccessibleName(tr("Preview of the rows to import"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setTabKeyNavigation(false);
    m_previewView->setWordWrap(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(150);
    m_previewView->verticalHeader()->setDefaultSectionSize(
        m_previewView->fontMetrics().height() + 8);
    layout->addWidget(m_previewView, 1);

    connect(
        m_problemsOnly, &QCheckBox::toggled, m_previewModel, &ImportPreviewModel::setProblemsOnly);
    page->enter = [this] {
        updatePreview();
    };
    page->complete = [this] {
        return m_previewOk;
    };
    return page;
}

void ImportWizard::updatePreview()
{
    auto preview = previewImport(m_database, m_acceptedFile, options(), PreviewRows);
    m_previewOk = bool(preview);
    if (!preview) {
        m_previewModel->setPreview({});
        m_previewStatus->setText(
            errorHtml(tr("The file cannot be imported: %1").arg(preview.error().toString())));
    } else {
        m_previewModel->setPreview(*preview);
        const int shown = int(preview->rows.size());
        QString text = preview->more
            ? tr("The first %1 rows of the file.").arg(QLocale().toString(shown))
            : tr("All rows of the file: %1.").arg(QLocale().toString(shown));
        const int rejected = m_previewModel->rejectedCount();
        const int problems = m_previewModel->problemRowCount();
        if (problems == 0)
            text += u' ' + tr("Every row reads well.");
        else
            text += u' '
                + tr("Rows with a problem: %1, of which %2 will be rejected.")
                      .arg(QLocale().toString(problems), QLocale().toString(rejected));
        m_previewStatus->setText(text.toHtmlEscaped());
        m_previewView->resizeColumnsToContents();
        for (int c = 0; c < m_previewModel->columnCount(); ++c)
            m_previewView->setColumnWidth(
                c, std::clamp(m_previewView->columnWidth(c) + 8, 80, c == 0 ? 300 : 240));
    }
    static_cast<Page *>(page(PreviewPage))->changed();
}

// Page 5 ---------------------------------------------------------------------------------------

ImportWizard::Page *ImportWizard::createSummaryPage()
{
    auto *page = new Page;
    page->setTitle(tr("Check the import"));
    page->setSubTitle(tr("Choose what happens to rows for leads you already have. Leadflow "
                         "runs the whole import and undoes it, to count what it will do."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_duplicateCombo = new QComboBox;
    m_duplicateCombo->setObjectName(u"duplicateCombo"_s);
    m_duplicateCombo->setAccessibleName(tr("When a lead already exists"));
    m_duplicateCombo->addItem(
        tr("Skip the row and keep the lead as it is"), int(DuplicatePolicy::Skip));
    m_duplicateCombo->addItem(
        tr("Update the lead with the row's values"), int(DuplicatePolicy::Update));
    m_duplicateCombo->addItem(tr("Fill only the lead's empty fields"), int(DuplicatePolicy::Fill));
    m_duplicateCombo->addItem(tr("Create another lead anyway"), int(DuplicatePolicy::Create));
    form->addRow(tr("When a lead &already exists:"), m_duplicateCombo);
    m_matchPhone = new QCheckBox(tr("Same &phone number means the same lead"));
    m_matchPhone->setObjectName(u"matchPhone"_s);
    m_matchName = new QCheckBox(tr("Same &name and company mean the same lead"));
    m_matchName->setObjectName(u"matchName"_s);
    auto *matching = new QVBoxLayout;
    matching->addWidget(new QLabel(tr("A lead with the same email is always the same lead.")));
    matching->addWidget(m_matchPhone);
    matching->addWidget(m_matchName);
    form->addRow(tr("Duplicates:"), matching);
    layout->addLayout(form);
    m_dryRunProgress = new QProgressBar;
    m_dryRunProgress->setObjectName(u"dryRunProgress"_s);
    m_dryRunProgress->setAccessibleName(tr("Checking the import"));
    m_dryRunProgress->setVisible(false);
    layout->addWidget(m_dryRunProgress);
    m_dryRunText = messageLabel();
    m_dryRunText->setObjectName(u"dryRunText"_s);
    m_dryRunText->setAccessibleName(tr("What the import will do"));
    layout->addWidget(m_dryRunText);
    layout->addStretch(1);

    auto rerun = [this] {
        if (currentId() == SummaryPage)
            startRun(true);
    };
    connect(m_duplicateCombo, &QComboBox::currentIndexChanged, this, rerun);
    connect(m_matchPhone, &QCheckBox::toggled, this, rerun);
    connect(m_matchName, &QCheckBox::toggled, this, rerun);
    page->enter = [this] {
        startRun(true);
    };
    page->leave = [this] {
        stopRun();
    };
    page->complete = [this] {
        return m_dryRun.has_value() && !isRunning() && m_dryRun->created + m_dryRun->updated > 0;
    };
    return page;
}

void ImportWizard::setDuplicatePolicy(DuplicatePolicy policy)
{
    m_duplicateCombo->setCurrentIndex(std::max(0, m_duplicateCombo->findData(int(policy))));
}

DuplicatePolicy ImportWizard::duplicatePolicy() const
{
    return DuplicatePolicy(m_duplicateCombo->currentData().toInt());
}

LeadImportOptions ImportWizard::options() const
{
    LeadImportOptions options;
    // The detected encoding is left to the reader, which settles a file that starts in plain
    // ASCII at its first other byte (a name with an accent on line 500,000 reads right).
    if (chosenEncoding() != m_detectedEncoding)
        options.csv.encoding = chosenEncoding();
    options.csv.delimiter = chosenDelimiter();
    if (m_columnCombos.size() == m_headers.size())
        options.columns = columns();
    options.keepUnmapped = true;
    options.onDuplicate = duplicatePolicy();
    options.matchPhone = m_matchPhone->isChecked();
    options.matchNameAndCompany = m_matchName->isChecked();
    options.actor = m_actor;
    return options;
}

QString ImportWizard::reportText(const ImportReport &report, bool dryRun) const
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    auto row = [&html](const QString &label, qint64 count) {
        html +=
            u"<tr><td>%1</td><td width=\"24\"></td><td align=\"right\"><b>%2</b></td></tr>"_s.arg(
                label.toHtmlEscaped(), QLocale().toString(count));
    };
    row(tr("Rows read"), report.rows);
    row(dryRun ? tr("New leads to create") : tr("New leads created"), report.created);
    row(dryRun ? tr("Existing leads to update") : tr("Existing leads updated"), report.updated);
    row(tr("Skipped as duplicates"), report.skipped);
    row(dryRun ? tr("Rows to reject") : tr("Rows rejected"), report.rejected);
    row(dryRun ? tr("Leads to flag for a look") : tr("Leads flagged for a look"), report.flagged);
    html += u"</table>"_s;
    auto reasons = [&html](const QString &title, const QMap<QString, qint64> &map) {
        if (map.isEmpty())
            return;
        html += u"<p>%1</p><ul>"_s.arg(title.toHtmlEscaped());
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            html +=
                u"<li>%1: %2</li>"_s.arg(it.key().toHtmlEscaped(), QLocale().toString(it.value()));
        html += u"</ul>"_s;
    };
    reasons(dryRun ? tr("Why rows will be rejected:") : tr("Why rows were rejected:"),
        report.rejectReasons);
    reasons(dryRun ? tr("Why leads will be flagged:") : tr("Why leads were flagged:"),
        report.flagReasons);
    return html;
}

// Worker runs ----------------------------------------------------------------------------------

bool ImportWizard::isRunning() const
{
    return m_thread != nullptr;
}

void ImportWizard::startRun(bool dryRun)
{
    stopRun();
    const int generation = ++m_generation;
    LeadImportOptions options = this->options();
    options.dryRun = dryRun;
    if (!dryRun && m_workDir.isValid()) {
        options.errorsPath = m_workDir.filePath(u"rejected-rows.csv"_s);
        QFile::remove(options.errorsPath);
    }
    auto progress = std::make_shared<Progress>();
    // Runs on the worker thread: hands the figures to the wizard's thread.
    progress->report = [this, generation](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, done, total] {
                if (generation == m_generation)
                    runProgressed(done, total);
            },
            Qt::QueuedConnection);
    };
    auto result = std::make_shared<std::optional<Result<ImportReport>>>();
    const Database &database = m_database;
    const QString path = m_acceptedFile;
    m_thread.reset(QThread::create([&database, path, options, progress, result] {
        *result = LeadImporter(database).run(path, options, progress.get());
        // The import committed the rescoring and routing it owes (PendingWork); pay it here, as
        // the command line does. If this fails, the record stays for the next run.
        if (!options.dryRun && *result && **result && (**result)->batchId > 0) {
            if (auto connection = Connection::open(database, u"import-rescore"_s))
                static_cast<void>(PendingWork::finish((*connection)->sql(), options.actor));
        }
    }));
    m_thread->setObjectName(dryRun ? u"lf-dry-run"_s : u"lf-import"_s);
    connect(m_thread.get(), &QThread::finished, this, [this, generation, dryRun, result] {
        if (generation != m_generation)
            return; // stopped and replaced by stopRun()
        m_thread->wait();
        m_thread.release()->deleteLater();
        m_progress.reset();
        runFinished(dryRun,
            result->value_or(std::unexpected(Error {ErrorCode::Cancelled, {}, {}, 0, 0, {}, {}})));
    });
    m_progress = progress;
    m_runIsDryRun = dryRun;
    m_lastError.reset();
    QProgressBar *bar = dryRun ? m_dryRunProgress : m_importProgress;
    bar->setRange(0, 0);
    bar->setVisible(true);
    if (dryRun) {
        m_dryRun.reset();
        m_dryRunText->setText(tr("Counting what the import will do…"));
        static_cast<Page *>(page(SummaryPage))->changed();
    } else {
        m_importStatus->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
        m_cancelImport->setEnabled(true);
        m_cancelImport->setVisible(true);
    }
    m_thread->start();
}

void ImportWizard::stopRun()
{
    if (!m_thread)
        return;
    ++m_generation; // whatever the stopped run still reports is dropped
    m_progress->cancelled = true;
    m_thread->wait();
    m_thread.reset();
    m_progress.reset();
}

void ImportWizard::cancelRun()
{
    if (!m_progress)
        return;
    m_progress->cancelled = true;
    if (!m_runIsDryRun) {
        m_importStatus->setText(tr("Cancelling…"));
        m_cancelImport->setEnabled(false);
    }
}

void ImportWizard::runProgressed(qint64 done, qint64 total)
{
    QProgressBar *bar = m_runIsDryRun ? m_dryRunProgress : m_importProgress;
    if (total <= 0) {
        bar->setRange(0, 0);
        return;
    }
    const qint64 scale = std::max<qint64>(1, total / INT_MAX + 1);
    bar->setRange(0, int(total / scale));
    bar->setValue(int(std::min(done, total) / scale));
}

void ImportWizard::runFinished(bool dryRun, const Result<ImportReport> &result)
{
    if (dryRun) {
        m_dryRunProgress->setVisible(false);
        if (result) {
            m_dryRun = *result;
            QString text = u"<p>%1</p>%2"_s.arg(
                tr("If you import now:").toHtmlEscaped(), reportText(*result, true));
            if (result->created + result->updated == 0)
                text += u"<p><b>%1</b></p>"_s.arg(
                    tr("Nothing would be imported: no row makes a new lead or changes one.")
                        .toHtmlEscaped());
            m_dryRunText->setText(text);
        } else {
            m_lastError = result.error();
            m_dryRunText->setText(
                errorHtml(tr("The file cannot be imported: %1").arg(result.error().toString())));
        }
        static_cast<Page *>(page(SummaryPage))->changed();
        emit dryRunFinished();
        return;
    }

    m_cancelImport->setEnabled(false);
    m_cancelImport->setVisible(false);
    if (result) {
        m_report = *result;
        m_batchId = result->batchId;
        m_importProgress->setRange(0, 1);
        m_importProgress->setValue(1);
        m_importStatus->setText(tr("The import is done."));
        static_cast<Page *>(page(ImportPage))->changed();
        emit imported(m_batchId);
        if (currentId() == ImportPage)
            next();
    } else {
        m_lastError = result.error();
        m_importProgress->setVisible(false);
        if (result.error().code == ErrorCode::Cancelled)
            m_importStatus->setText(tr("The import was cancelled; nothing was imported."));
        else
            m_importStatus->setText(errorHtml(
                tr("The import failed; nothing was imported. %1").arg(result.error().toString())));
        setButtonText(QWizard::CancelButton, tr("Close"));
    }
    emit importFinished();
    if (m_closeWhenStopped)
        QWizard::reject();
}

void ImportWizard::reject()
{
    if (isRunning() && !m_runIsDryRun) {
        m_closeWhenStopped = true;
        cancelRun();
        return;
    }
    stopRun();
    QWizard::reject();
}

// Page 6 ---------------------------------------------------------------------------------------

ImportWizard::Page *ImportWizard::createImportPage()
{
    auto *page = new Page;
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("The leads are written in one go: if you cancel, nothing is imported."));
    auto *layout = new QVBoxLayout(page);
    m_importStatus = messageLabel();
    m_importStatus->setObjectName(u"importStatus"_s);
    m_importStatus->setAccessibleName(tr("Import status"));
    layout->addWidget(m_importStatus);
    m_importProgress = new QProgressBar;
    m_importProgress->setObjectName(u"importProgress"_s);
    m_importProgress->setAccessibleName(tr("Import progress"));
    layout->addWidget(m_importProgress);
    auto *buttons = new QHBoxLayout;
    m_cancelImport = new QPushButton(tr("&Cancel import"));
    m_cancelImport->setObjectName(u"cancelImportButton"_s);
    m_cancelImport->setAccessibleName(tr("Cancel the import"));
    buttons->addStretch(1);
    buttons->addWidget(m_cancelImport);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_cancelImport, &QPushButton::clicked, this, &ImportWizard::cancelRun);
    page->enter = [this] {
        startRun(false);
    };
    page->complete = [this] {
        return m_report.has_value();
    };
    return page;
}

// Page 7 ---------------------------------------------------------------------------------------

ImportWizard::Page *ImportWizard::createResultPage()
{
    auto *page = new Page;
    page->setTitle(tr("Import finished"));
    page->setSubTitle(tr("What the import did. Until its leads are changed, it can be undone "
                         "here or later on the Imports page."));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_resultText = messageLabel();
    m_resultText->setObjectName(u"resultText"_s);
    m_resultText->setAccessibleName(tr("What the import did"));
    layout->addWidget(m_resultText);
    auto *buttons = new QHBoxLayout;
    m_saveRejected = new QPushButton(tr("&Save rejected rows…"));
    m_saveRejected->setObjectName(u"saveRejectedButton"_s);
    m_saveRejected->setAccessibleName(tr("Save the rejected rows as a CSV file"));
    m_undoButton = new QPushButton(tr("&Undo this import"));
    m_undoButton->setObjectName(u"undoButton"_s);
    m_undoButton->setAccessibleName(tr("Undo this import"));
    buttons->addWidget(m_saveRejected);
    buttons->addWidget(m_undoButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_resultStatus = messageLabel();
    m_resultStatus->setObjectName(u"resultStatus"_s);
    layout->addWidget(m_resultStatus);
    layout->addStretch(1);

    connect(m_saveRejected, &QPushButton::clicked, this, [this] {
        const QFileInfo source(m_acceptedFile);
        const QString suggested =
            QDir(QSettings().value(lastFolderKey(), source.absolutePath()).toString())
                .filePath(tr("%1 rejected.csv").arg(source.completeBaseName()));
        const QString path = FileDialogs::saveFileName(
            this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const Status saved = saveRejectedRows(path);
        m_resultStatus->setText(saved ? tr("The rejected rows were saved to %1.")
                                            .arg(QDir::toNativeSeparators(path))
                                            .toHtmlEscaped()
                                      : errorHtml(saved.error().toString()));
    });
    connect(m_undoButton, &QPushButton::clicked, this, [this] { undoImport(true); });
    page->enter = [this] {
        showResult();
    };
    return page;
}

void ImportWizard::showResult()
{
    if (!m_report)
        return;
    m_resultText->setText(u"<p>%1</p>%2"_s.arg(
        tr("%1 was imported.").arg(QFileInfo(m_acceptedFile).fileName()).toHtmlEscaped(),
        reportText(*m_report, false)));
    m_saveRejected->setEnabled(!m_report->errorsPath.isEmpty());
    m_saveRejected->setToolTip(m_report->errorsPath.isEmpty()
            ? tr("No row was rejected.")
            : tr("The rejected rows with a column that says why, to fix and import again."));
    m_undoButton->setEnabled(m_batchId > 0 && !m_undone);
}

Status ImportWizard::saveRejectedRows(const QString &path) const
{
    if (!m_report || m_report->errorsPath.isEmpty())
        return fail(ErrorCode::NotFound, tr("The import rejected no rows."));
    QFile source(m_report->errorsPath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(Error {ErrorCode::Io,
            tr("The rejected rows cannot be read: %1").arg(source.errorString()),
            m_report->errorsPath, 0, 0, {}, {}});
    OutputFile target;
    if (auto opened = target.open(path, {m_acceptedFile, m_report->errorsPath}); !opened)
        return opened;
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        errno = 0;
        if (target.device()->write(chunk) != chunk.size())
            return fail(OutputFile::writeError(path, target.device()->errorString(), errno));
    }
    return target.commit();
}

Result<qint64> ImportWizard::undoImport(bool confirm)
{
    if (m_batchId <= 0 || m_undone)
        return fail(ErrorCode::Invalid, tr("There is no import to undo."));
    if (confirm) {
        const QString question = m_report->updated > 0
            ? tr("Remove the leads this import created (%1) and restore the leads it updated "
                 "(%2)?")
                  .arg(QLocale().toString(m_report->created), QLocale().toString(m_report->updated))
            : tr("Remove the leads this import created (%1)?")
                  .arg(QLocale().toString(m_report->created));
        const auto answer = QMessageBox::question(this, tr("Undo this import"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return fail(ErrorCode::Cancelled, tr("The import was not undone."));
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<qint64> undone = lf::undoImport(m_database, m_batchId, m_actor);
    QApplication::restoreOverrideCursor();
    if (!undone) {
        m_resultStatus->setText(errorHtml(undone.error().toString()));
        return undone;
    }
    m_undone = true;
    m_undoButton->setEnabled(false);
    m_resultStatus->setText(tr("The import was undone. Leads removed or restored: %1.")
                                .arg(QLocale().toString(*undone))
                                .toHtmlEscaped());
    emit importUndone(m_batchId);
    return undone;
}

} // namespace lf
