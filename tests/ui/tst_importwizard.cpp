#include "importwizard.h"
#include "io/leadimporter.h"
#include "io/textdecoder.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

/// windows-1252 bytes for text (every character must exist in windows-1252).
QByteArray windows1252(const QString &text)
{
    auto decoder = TextDecoder::forName(u"windows-1252");
    QByteArray bytes;
    for (QChar c : text) {
        if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF)) {
            bytes.append(char(c.unicode()));
            continue;
        }
        for (int b = 0x80; b < 0xA0; ++b) {
            QString one;
            decoder->decode(QByteArray(1, char(b)), one);
            if (one == QString(c)) {
                bytes.append(char(b));
                break;
            }
        }
    }
    return bytes;
}

QByteArray encoded(const QString &text, const QString &encoding)
{
    if (encoding == u"windows-1252"_s)
        return windows1252(text);
    if (encoding == u"UTF-16LE"_s) {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        return QByteArray("\xFF\xFE", 2) + QByteArray(encoder(text));
    }
    if (encoding == u"UTF-8 BOM"_s)
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    return text.toUtf8();
}

const QStringList Headers {
    u"Vorname"_s, u"Nachname"_s, u"E-Mail"_s, u"Firma"_s, u"Telefon"_s, u"Land"_s, u"Notiz"_s};

/// A German CRM export: accents, a malformed email, a row nobody can contact, a lead twice.
QList<QStringList> germanRows()
{
    return {
        {u"Jürgen"_s, u"Müller"_s, u"juergen.mueller@example.de"_s, u"Bäckerei Müller GmbH"_s,
            u"+49 30 1234567"_s, u"Deutschland"_s, u"Rückruf erwünscht – „bald“"_s},
        {u"François"_s, u"Lefèvre"_s, u"francois.lefevre@example.fr"_s, u"Société Générale"_s,
            u""_s, u"Frankreich"_s, u"Messe € 2026"_s},
        {u"Anna"_s, u"Schmidt"_s, u"anna.schmidt(at)example.de"_s, u"Müller & Söhne"_s, u""_s,
            u"Österreich"_s, u"E-Mail prüfen"_s},
        {u""_s, u""_s, u""_s, u""_s, u""_s, u""_s, u"nur eine Notiz – ohne Namen"_s},
        {u"Jürgen"_s, u"Müller"_s, u"Juergen.Mueller@example.de"_s, u"Bäckerei Müller GmbH"_s,
            u""_s, u"Deutschland"_s, u"doppelt"_s},
        {u"Zoë"_s, u"Øberg"_s, u"zoe@oberg.example.se"_s, u"Nordlicht AB"_s, u""_s, u"Schweden"_s,
            u"—"_s},
    };
}

QString csvText(const QStringList &headers, const QList<QStringList> &rows, QChar delimiter)
{
    QString out = headers.join(delimiter) + u"\r\n"_s;
    for (const QStringList &row : rows)
        out += row.join(delimiter) + u"\r\n"_s;
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

/// Every row of the tables an import touches, as text: equal dumps mean nothing was written.
QStringList dump(const QSqlDatabase &db)
{
    QStringList out;
    for (const char *table :
        {"leads", "import_batches", "import_row_changes", "stage_history", "audit_log"}) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(QLatin1StringView(table))))
            qFatal("dump failed: %s", table);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? u"NULL"_s : query.value(i).toString());
            out << QLatin1StringView(table) + u": "_s + values.join(u'|');
        }
    }
    return out;
}

/// Saves a picture of the wizard when LEADFLOW_SHOTS_DIR names a folder.
void shoot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LEADFLOW_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void detectsFormat_data();
    void detectsFormat();
    void otherEncodingChangesPreview();
    void importsStepByStep();
    void refusesDuplicateTargets();
    void cancelLeavesNothing();
    void refusesBinaryFile();
    void realisticFile();
    void nothingToImport();
    void lateAccentsImportRight();
    void importIsRescoredLikeTheCommandLine();

private:
    /// Drives a wizard at the summary page until its dry run finished.
    bool waitForDryRun(ImportWizard &wizard);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_round = 0;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestImportWizard::init()
{
    const QString path = m_dir.filePath(u"leads-%1.sqlite"_s.arg(++m_round));
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
}

void TestImportWizard::cleanup()
{
    m_db.reset();
}

bool TestImportWizard::waitForDryRun(ImportWizard &wizard)
{
    if (!wizard.isRunning())
        return wizard.dryRunReport().has_value();
    QSignalSpy finished(&wizard, &ImportWizard::dryRunFinished);
    return finished.wait(60000) && wizard.dryRunReport().has_value();
}

void TestImportWizard::detectsFormat_data()
{
    QTest::addColumn<QString>("encoding"); // as written
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("detected");

    QTest::newRow("semicolon, windows-1252")
        << u"windows-1252"_s << QChar(u';') << u"windows-1252"_s;
    QTest::newRow("comma, UTF-8") << u"UTF-8"_s << QChar(u',') << u"UTF-8"_s;
    QTest::newRow("tab, UTF-16LE") << u"UTF-16LE"_s << QChar(u'\t') << u"UTF-16LE"_s;
    QTest::newRow("bar, UTF-8 BOM") << u"UTF-8 BOM"_s << QChar(u'|') << u"UTF-8"_s;
}

void TestImportWizard::detectsFormat()
{
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QString, detected);

    const QString path = m_dir.filePath(u"format-%1.csv"_s.arg(m_round));
    QVERIFY(writeFile(path, encoded(csvText(Headers, germanRows(), delimiter), encoding)));
    ImportWizard wizard(*m_db);
    wizard.setFile(path);
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QCOMPARE(wizard.detectedEncoding(), detected);
    QCOMPARE(wizard.detectedDelimiter(), delimiter);
    auto *encodingCombo = wizard.findChild<QComboBox *>(u"encodingCombo"_s);
    auto *delimiterCombo = wizard.findChild<QComboBox *>(u"delimiterCombo"_s);
    QVERIFY(encodingCombo && delimiterCombo);
    QCOMPARE(encodingCombo->currentData().toString(), detected);
    QVERIFY(encodingCombo->currentText().contains(u"detected"_s));
    QCOMPARE(delimiterCombo->currentData().toString(), QString(delimiter));
    QCOMPARE(wizard.headers(), Headers);
    auto *raw = wizard.findChild<QPlainTextEdit *>(u"rawPreview"_s);
    QVERIFY(raw->toPlainText().startsWith(Headers.join(delimiter)));
    QVERIFY(raw->toPlainText().contains(u"Bäckerei Müller GmbH"_s));
    QVERIFY(wizard.currentPage()->isComplete());

    // A wrong delimiter reads one column: the page says so.
    const QChar other = delimiter == u',' ? u';' : u',';
    delimiterCombo->setCurrentIndex(delimiterCombo->findData(QString(other)));
    QCOMPARE(wizard.headers().size(), 1);
    QVERIFY(wizard.findChild<QLabel *>(u"formatStatus"_s)->text().contains(u"one column"_s));
    delimiterCombo->setCurrentIndex(delimiterCombo->findData(QString(delimiter)));
    QCOMPARE(wizard.headers(), Headers);
    QCOMPARE(wizard.options().csv.delimiter, delimiter);
    QCOMPARE(wizard.options().csv.encoding, QString()); // the reader detects it again
}

void TestImportWizard::otherEncodingChangesPreview()
{
    const QString path = m_dir.filePath(u"utf8.csv"_s);
    QVERIFY(writeFile(path, encoded(csvText(Headers, germanRows(), u','), u"UTF-8"_s)));
    ImportWizard wizard(*m_db);
    wizard.setFile(path);
    auto *encodingCombo = wizard.findChild<QComboBox *>(u"encodingCombo"_s);
    auto *raw = wizard.findChild<QPlainTextEdit *>(u"rawPreview"_s);
    QVERIFY(raw->toPlainText().contains(u"Jürgen"_s));
    encodingCombo->setCurrentIndex(encodingCombo->findData(u"windows-1252"_s));
    QVERIFY(raw->toPlainText().contains(u"JÃ¼rgen"_s));
    QCOMPARE(wizard.options().csv.encoding, u"windows-1252"_s);
}

void TestImportWizard::importsStepByStep()
{
    const QString path = m_dir.filePath(u"german.csv"_s);
    QVERIFY(writeFile(path, windows1252(csvText(Headers, germanRows(), u';'))));

    // François is a lead already: the import finds him by his email.
    LeadService service(m_db->connection());
    auto existing = service.create({{LeadField::FirstName, u"Francois"_s},
        {LeadField::Email, u"Francois.Lefevre@example.fr"_s}});
    QVERIFY2(existing, qPrintable(existing ? QString() : existing.error().toString()));
    const QStringList before = dump(m_db->connection());
    const qint64 leadsBefore = scalar(m_db->connection(), u"SELECT COUNT(*) FROM leads"_s);

    ImportWizard wizard(*m_db);
    wizard.resize(900, 660);
    wizard.show();
    auto *previewModel = wizard.findChild<ImportPreviewModel *>();
    QVERIFY(previewModel);
    QAbstractItemModelTester tester(
        previewModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // 1 → 2: the file, then its encoding and delimiter.
    auto *fileEdit = wizard.findChild<QLineEdit *>(u"fileEdit"_s);
    QVERIFY(!wizard.currentPage()->isComplete());
    fileEdit->setText(path);
    QVERIFY(wizard.currentPage()->isComplete());
    QVERIFY(wizard.findChild<QLabel *>(u"fileInfo"_s)->text().contains(u"german.csv"_s));
    shoot(wizard, u"wizard-1-file"_s);
    wizard.setFile(path);
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
    QCOMPARE(wizard.detectedDelimiter(), QChar(u';'));
    QCOMPARE(wizard.detectedEncoding(), u"windows-1252"_s);
    shoot(wizard, u"wizard-2-format"_s);

    // 3: the suggestions are applied.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    const QList<ColumnMapping> suggested = LeadImporter::suggestMapping(Headers);
    QCOMPARE(wizard.columns(), suggested);
    QCOMPARE(wizard.columns().at(2), ColumnMapping::toField(LeadField::Email));
    QCOMPARE(wizard.columns().at(0), ColumnMapping::toField(LeadField::FirstName));
    auto *emailCombo = wizard.findChild<QComboBox *>(u"mappingCombo2"_s);
    QVERIFY(emailCombo);
    QCOMPARE(emailCombo->currentText(), fieldLabel(LeadField::Email));
    QVERIFY(!emailCombo->accessibleName().isEmpty());
    shoot(wizard, u"wizard-3-mapping"_s);

    // A profile saved and loaded again: the note column ignored.
    const int note = int(Headers.indexOf(u"Notiz"_s));
    const ColumnMapping drop {ColumnMapping::Kind::Drop, LeadField::Id};
    const ColumnMapping custom {ColumnMapping::Kind::Custom, LeadField::Id};
    wizard.setColumn(note, drop);
    auto saved = wizard.saveProfile(u"German CRM"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    auto *profiles = wizard.findChild<QComboBox *>(u"profileCombo"_s);
    QVERIFY(profiles->findText(u"German CRM"_s) >= 0);
    wizard.setColumn(note, custom);
    QCOMPARE(wizard.columns().at(note), custom);
    auto loaded = wizard.loadProfile(u"German CRM"_s);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(wizard.columns().at(note), drop);
    QCOMPARE(wizard.columns().at(2), ColumnMapping::toField(LeadField::Email));
    QVERIFY(!wizard.loadProfile(u"No such profile"_s));
    wizard.setColumn(note, custom);

    // 4: the preview marks the malformed email, and says why the empty row goes.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(previewModel->rowCount(), germanRows().size());
    int emailColumn = -1;
    for (int c = 0; c < previewModel->columnCount(); ++c) {
        if (previewModel->fileColumn(c) == 2)
            emailColumn = c;
    }
    QVERIFY(emailColumn > 0);
    const QModelIndex bad = previewModel->index(2, emailColumn);
    QCOMPARE(bad.data().toString(), u"anna.schmidt(at)example.de"_s);
    QCOMPARE(bad.data(ImportPreviewModel::ProblemRole).toString(), u"malformed email"_s);
    QVERIFY(bad.data(Qt::BackgroundRole).isValid());
    QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(u"malformed email"_s));
    QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(u"imported as written"_s));
    const QModelIndex good = previewModel->index(0, emailColumn);
    QVERIFY(good.data(ImportPreviewModel::ProblemRole).toString().isEmpty());
    QVERIFY(!good.data(Qt::BackgroundRole).isValid());
    QVERIFY(previewModel->index(3, 0).data().toString().startsWith(u"Rejected"_s));
    QCOMPARE(previewModel->rejectedCount(), 1);
    // Country names as the lead will store them.
    int countryColumn = -1;
    for (int c = 0; c < previewModel->columnCount(); ++c) {
        if (previewModel->fileColumn(c) == 5)
            countryColumn = c;
    }
    QCOMPARE(previewModel->index(0, countryColumn).data().toString(), u"DE"_s);
    shoot(wizard, u"wizard-4-preview"_s);
    previewModel->setProblemsOnly(true);
    QCOMPARE(previewModel->rowCount(), 2);
    previewModel->setProblemsOnly(false);

    // 5: the dry run counts what the core's dry run counts, and writes nothing.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(waitForDryRun(wizard));
    LeadImportOptions options = wizard.options();
    options.dryRun = true;
    auto core = LeadImporter(*m_db).run(path, options);
    QVERIFY2(core, qPrintable(core ? QString() : core.error().toString()));
    const ImportReport dry = *wizard.dryRunReport();
    QCOMPARE(dry.created, core->created);
    QCOMPARE(dry.updated, core->updated);
    QCOMPARE(dry.skipped, core->skipped);
    QCOMPARE(dry.rejected, core->rejected);
    QCOMPARE(dry.rejectReasons, core->rejectReasons);
    QCOMPARE(dry.created, 3); // Jürgen, Anna and Zoë
    QCOMPARE(dry.skipped, 2); // François (in the database) and Jürgen's second row
    QCOMPARE(dry.rejected, 1);
    QCOMPARE(dump(m_db->connection()), before);

    // Updating instead: the dry run runs again.
    QSignalSpy dryRuns(&wizard, &ImportWizard::dryRunFinished);
    wizard.setDuplicatePolicy(DuplicatePolicy::Update);
    QVERIFY(dryRuns.wait(60000));
    QVERIFY(wizard.dryRunReport());
    options = wizard.options();
    options.dryRun = true;
    core = LeadImporter(*m_db).run(path, options);
    QVERIFY(core);
    QCOMPARE(options.onDuplicate, DuplicatePolicy::Update);
    QCOMPARE(wizard.dryRunReport()->updated, core->updated);
    QCOMPARE(wizard.dryRunReport()->created, core->created);
    QVERIFY(core->updated >= 1);
    QVERIFY(wizard.findChild<QLabel *>(u"dryRunText"_s)->text().contains(u"update"_s));
    QCOMPARE(dump(m_db->connection()), before);
    QVERIFY(wizard.currentPage()->isComplete());
    shoot(wizard, u"wizard-5-dry-run"_s);

    // 6 → 7: the import, then its result.
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QVERIFY(finished.wait(60000));
    QVERIFY2(wizard.importReport(),
        qPrintable(wizard.lastError() ? wizard.lastError()->toString() : QString()));
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(imported.size(), 1);
    QVERIFY(wizard.batchId() > 0);
    QCOMPARE(imported.at(0).at(0).toLongLong(), wizard.batchId());
    const ImportReport report = *wizard.importReport();
    QCOMPARE(report.created, 3);
    QCOMPARE(report.updated, core->updated);
    QCOMPARE(scalar(m_db->connection(), u"SELECT COUNT(*) FROM leads"_s), leadsBefore + 3);
    QCOMPARE(scalar(m_db->connection(),
                 u"SELECT COUNT(*) FROM leads WHERE last_name = 'Müller' AND country = 'DE'"_s),
        1);
    QCOMPARE(
        scalar(m_db->connection(), u"SELECT COUNT(*) FROM leads WHERE first_name = 'François'"_s),
        1);
    QVERIFY(wizard.findChild<QLabel *>(u"resultText"_s)->text().contains(u"created"_s));
    shoot(wizard, u"wizard-7-result"_s);

    // The rejected row, saved with its reason.
    auto *save = wizard.findChild<QPushButton *>(u"saveRejectedButton"_s);
    QVERIFY(save->isEnabled());
    const QString rejected = m_dir.filePath(u"rejected.csv"_s);
    auto written = wizard.saveRejectedRows(rejected);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QFile file(rejected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"nur eine Notiz – ohne Namen"_s), qPrintable(text));
    QVERIFY(text.contains(u"no way to contact"_s));

    // Undo: the leads go, François gets his old values back.
    QSignalSpy undone(&wizard, &ImportWizard::importUndone);
    auto undo = wizard.undoImport(false);
    QVERIFY2(undo, qPrintable(undo ? QString() : undo.error().toString()));
    QCOMPARE(undone.size(), 1);
    QCOMPARE(scalar(m_db->connection(), u"SELECT COUNT(*) FROM leads"_s), leadsBefore);
    QCOMPARE(
        scalar(m_db->connection(), u"SELECT COUNT(*) FROM leads WHERE first_name = 'Francois'"_s),
        1);
    QVERIFY(!wizard.findChild<QPushButton *>(u"undoButton"_s)->isEnabled());
    QVERIFY(!wizard.undoImport(false));
}

void TestImportWizard::refusesDuplicateTargets()
{
    const QString path = m_dir.filePath(u"targets.csv"_s);
    QVERIFY(writeFile(path, csvText(Headers, germanRows(), u',').toUtf8()));
    ImportWizard wizard(*m_db);
    wizard.setFile(path);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.setColumn(6, ColumnMapping::toField(LeadField::Email));
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(wizard.findChild<QLabel *>(u"mappingStatus"_s)->text().contains(u"E-Mail"_s));
    wizard.setColumn(6, ColumnMapping::toField(LeadField::Notes));
    QVERIFY(wizard.currentPage()->isComplete());
}

void TestImportWizard::cancelLeavesNothing()
{
    // Enough rows that the import is still running when Cancel is pressed.
    QList<QStringList> rows;
    for (int i = 0; i < 20000; ++i)
        rows << QStringList {u"Lead%1"_s.arg(i), u"Name"_s, u"lead%1@example.com"_s.arg(i),
            u"Firma %1"_s.arg(i % 50), u""_s, u"DE"_s, u""_s};
    const QString path = m_dir.filePath(u"big.csv"_s);
    QVERIFY(writeFile(path, csvText(Headers, rows, u',').toUtf8()));
    const QStringList before = dump(m_db->connection());

    ImportWizard wizard(*m_db);
    wizard.setFile(path);
    wizard.next();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    QVERIFY(waitForDryRun(wizard));
    QCOMPARE(wizard.dryRunReport()->created, 20000);

    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    QVERIFY(wizard.isRunning());
    auto *cancel = wizard.findChild<QPushButton *>(u"cancelImportButton"_s);
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(finished.wait(60000));
    QVERIFY(!wizard.importReport());
    QVERIFY(wizard.lastError());
    QCOMPARE(wizard.lastError()->code, ErrorCode::Cancelled);
    QCOMPARE(wizard.batchId(), 0);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
    QVERIFY(wizard.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"cancelled"_s));
    QVERIFY(
        wizard.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"nothing was imported"_s));
    QVERIFY(!wizard.currentPage()->isComplete());
    shoot(wizard, u"wizard-6-cancelled"_s);
    QCOMPARE(dump(m_db->connection()), before);
}

void TestImportWizard::refusesBinaryFile()
{
    const QString path = m_dir.filePath(u"binary.csv"_s);
    QVERIFY(writeFile(path, QByteArray("PK\x03\x04\x00\x00\x00\x01\x02", 9)));
    ImportWizard wizard(*m_db);
    wizard.setFile(path);
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard.findChild<QLabel *>(u"fileInfo"_s)->text().contains(u"cannot be imported"_s));
}

void TestImportWizard::realisticFile()
{
    const QString path = QStringLiteral(LEADFLOW_SAMPLE_LEADS);
    QVERIFY2(QFile::exists(path), "tests/data/leads-10k.csv is missing");
    ImportWizard wizard(*m_db);
    wizard.resize(1000, 680);
    wizard.show();
    wizard.setFile(path);
    QCOMPARE(wizard.detectedDelimiter(), QChar(u','));
    shoot(wizard, u"wizard-2-format-10k"_s);
    wizard.next();
    QCOMPARE(wizard.columns(), LeadImporter::suggestMapping(wizard.headers()));
    shoot(wizard, u"wizard-3-mapping-10k"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    auto *model = wizard.findChild<ImportPreviewModel *>();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), int(ImportWizard::PreviewRows));
    QVERIFY(model->preview().more);
    // Every flagged row shows the cell behind its flag.
    int flagged = 0;
    for (const ImportPreviewRow &row : model->preview().rows) {
        if (row.flag.isEmpty())
            continue;
        ++flagged;
        QVERIFY2(row.problems.contains(row.flag), qPrintable(row.flag));
    }
    QVERIFY(flagged > 0);
    model->setProblemsOnly(true);
    QCOMPARE(model->rowCount(), model->problemRowCount());
    shoot(wizard, u"wizard-4-preview-10k"_s);
    model->setProblemsOnly(false);

    wizard.next();
    QVERIFY(waitForDryRun(wizard));
    LeadImportOptions options = wizard.options();
    options.dryRun = true;
    auto core = LeadImporter(*m_db).run(path, options);
    QVERIFY(core);
    QCOMPARE(wizard.dryRunReport()->rows, core->rows);
    QCOMPARE(wizard.dryRunReport()->created, core->created);
    QCOMPARE(wizard.dryRunReport()->skipped, core->skipped);
    QCOMPARE(wizard.dryRunReport()->rejected, core->rejected);
    QCOMPARE(wizard.dryRunReport()->flagReasons, core->flagReasons);
    QCOMPARE(scalar(m_db->connection(), u"SELECT COUNT(*) FROM leads"_s), 0);
    shoot(wizard, u"wizard-5-dry-run-10k"_s);
}

void TestImportWizard::nothingToImport()
{
    const QString path = m_dir.filePath(u"again.csv"_s);
    QVERIFY(writeFile(path, csvText(Headers, germanRows(), u',').toUtf8()));
    QVERIFY(LeadImporter(*m_db).run(path, {}));
    ImportWizard wizard(*m_db);
    wizard.setFile(path);
    wizard.next();
    wizard.next();
    wizard.next();
    QVERIFY(waitForDryRun(wizard));
    QCOMPARE(wizard.dryRunReport()->created, 0);
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(wizard.findChild<QLabel *>(u"dryRunText"_s)->text().contains(u"Nothing would"_s));
    // Updating would change the leads: the import is possible again.
    QSignalSpy dryRuns(&wizard, &ImportWizard::dryRunFinished);
    wizard.setDuplicatePolicy(DuplicatePolicy::Update);
    QVERIFY(dryRuns.wait(60000));
    QVERIFY(wizard.dryRunReport()->updated > 0);
    QVERIFY(wizard.currentPage()->isComplete());
    // Going back while a dry run runs stops it and keeps the choices.
    wizard.setDuplicatePolicy(DuplicatePolicy::Fill);
    QVERIFY(wizard.isRunning());
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QVERIFY(!wizard.isRunning());
    QCOMPARE(wizard.duplicatePolicy(), DuplicatePolicy::Fill);
}

void TestImportWizard::lateAccentsImportRight()
{
    // More than the 64 KiB the encoding is guessed from in plain ASCII, then windows-1252.
    QList<QStringList> rows;
    for (int i = 0; i < 1500; ++i)
        rows << QStringList {u"Lead%1"_s.arg(i), u"Plain"_s, u"plain%1@example.com"_s.arg(i),
            u"Ascii Company"_s, u""_s, u"US"_s, u"nothing special here"_s};
    rows << germanRows().first();
    const QString path = m_dir.filePath(u"late.csv"_s);
    QVERIFY(writeFile(path, windows1252(csvText(Headers, rows, u','))));
    ImportWizard wizard(*m_db);
    wizard.setFile(path);
    QCOMPARE(wizard.detectedEncoding(), u"UTF-8"_s);
    wizard.next();
    wizard.next();
    wizard.next();
    QVERIFY2(waitForDryRun(wizard),
        qPrintable(wizard.lastError() ? wizard.lastError()->toString() : QString()));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QVERIFY(finished.wait(60000));
    QVERIFY(wizard.importReport());
    QCOMPARE(wizard.importReport()->encoding, u"windows-1252"_s);
    QCOMPARE(
        scalar(m_db->connection(),
            u"SELECT COUNT(*) FROM leads WHERE first_name = 'Jürgen' AND last_name = 'Müller'"_s),
        1);
}

void TestImportWizard::importIsRescoredLikeTheCommandLine()
{
    // The same file through the wizard and through `leadflow-cli import`, on copies of one
    // database with two reps and a rule that makes the US leads MQL: the wizard pays the
    // rescoring and routing the import owes as the command line does, so scores, grades, stages,
    // owners and first-contact clocks agree.
    const QString base = m_dir.filePath(u"scored-base-%1.sqlite"_s.arg(++m_round));
    auto cli = [&](const QStringList &arguments, const QString &db) {
        QProcess process;
        process.start(QStringLiteral(LEADFLOW_CLI_PATH), arguments + QStringList {u"--db"_s, db});
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(cli({u"init"_s}, base));
    QVERIFY(cli({u"users"_s, u"add"_s, u"--name"_s, u"Ann Lee"_s}, base));
    QVERIFY(cli({u"users"_s, u"add"_s, u"--name"_s, u"Bob Stone"_s}, base));
    QVERIFY(cli({u"rules"_s, u"add"_s, u"--kind"_s, u"fit"_s, u"--name"_s, u"US market"_s,
                    u"--attribute"_s, u"country"_s, u"--values"_s, u"US"_s, u"--points"_s, u"70"_s},
        base));
    const QString wizardDb = m_dir.filePath(u"scored-wizard-%1.sqlite"_s.arg(m_round));
    const QString cliDb = m_dir.filePath(u"scored-cli-%1.sqlite"_s.arg(m_round));
    QVERIFY(QFile::copy(base, wizardDb));
    QVERIFY(QFile::copy(base, cliDb));
    m_db.reset();
    auto opened = Database::open(wizardDb);
    QVERIFY(opened);
    m_db = std::move(*opened);

    QList<QStringList> rows;
    for (int i = 0; i < 200; ++i)
        rows << QStringList {u"F%1"_s.arg(i), u"L%1"_s.arg(i),
            u"s%1@firm%2.com"_s.arg(i).arg(i % 7), u"Firm %1"_s.arg(i % 7), u""_s,
            i % 2 ? u"US"_s : u"DE"_s, u""_s};
    const QString path = m_dir.filePath(u"scored.csv"_s);
    QVERIFY(writeFile(path, csvText(Headers, rows, u',').toUtf8()));
    ImportWizard wizard(*m_db);
    wizard.setFile(path);
    wizard.next();
    wizard.next();
    wizard.next();
    QVERIFY(waitForDryRun(wizard));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.next();
    QVERIFY(finished.wait(60000));
    QCOMPARE(scalar(m_db->connection(), u"SELECT COUNT(*) FROM pending_work"_s), 0);
    QVERIFY(cli({u"import"_s, u"leads"_s, path}, cliDb));

    const QString state =
        u"SELECT group_concat(l.email || ':' || l.score || ':' || l.fit_score || ':' || "
        "coalesce(l.grade, '-') || ':' || l.stage || ':' || coalesce(u.name, '-') || ':' || "
        "(SELECT COUNT(*) FROM assignments a WHERE a.lead_id = l.id AND a.ended_at IS NULL AND "
        "a.sla_due_at > a.assigned_at), ' ') FROM (SELECT * FROM leads WHERE email LIKE "
        "'s%@firm%' ORDER BY email) l LEFT JOIN users u ON u.id = l.owner_id"_s;
    QString viaWizard;
    {
        QSqlQuery query(state, m_db->connection());
        QVERIFY(query.next());
        viaWizard = query.value(0).toString();
    }
    QString viaCli;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-result"_s);
        raw.setDatabaseName(cliDb);
        QVERIFY(raw.open());
        QSqlQuery query(state, raw);
        QVERIFY(query.next());
        viaCli = query.value(0).toString();
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"cli-result"_s);
    QVERIFY(!viaWizard.isEmpty());
    QCOMPARE(viaWizard, viaCli);
    // The 100 US leads became MQL, each with a running clock, and each company went to one rep
    // (same account, same owner): seven companies shared between the two reps.
    QCOMPARE(scalar(m_db->connection(),
                 u"SELECT COUNT(*) FROM leads WHERE stage = 'mql' AND country = 'US'"_s),
        100);
    QCOMPARE(scalar(m_db->connection(),
                 u"SELECT COUNT(*) FROM assignments WHERE sla_due_at IS NOT NULL"_s),
        100);
    QCOMPARE(scalar(m_db->connection(),
                 u"SELECT COUNT(*) FROM (SELECT company_domain FROM leads WHERE stage = 'mql' "
                 "GROUP BY company_domain HAVING COUNT(DISTINCT owner_id) <> 1)"_s),
        0);
    QCOMPARE(scalar(m_db->connection(),
                 u"SELECT COUNT(DISTINCT owner_id) FROM leads WHERE stage = 'mql'"_s),
        2);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
