#include "io/leadimporter.h"
#include "leads/leadquery.h"
#include "leads/leadsearch.h"
#include "leads/leadservice.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

/// The search rule written out a second way, with regular expressions instead of LeadSearch's
/// own code-point walk: each part of each word must begin a word of the text (a run of letters,
/// digits, private-use characters and marks), or, for a word in a script without spaces, occur
/// anywhere.
class ExpectedMatch
{
public:
    explicit ExpectedMatch(const QString &search)
    {
        static const QRegularExpression space(u"\\s+"_s);
        static const QRegularExpression separator(u"[^\\p{L}\\p{N}\\p{M}\\p{Co}]+"_s);
        static const QRegularExpression together(
            u"[\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Bopomofo}\\p{Yi}\\p{Thai}\\p{Lao}"
            "\\p{Khmer}\\p{Myanmar}\\p{Tibetan}]"_s);
        for (const QString &word : search.toCaseFolded().split(space, Qt::SkipEmptyParts)) {
            if (word.contains(together)) {
                m_substrings << word;
                continue;
            }
            for (const QString &part : word.split(separator, Qt::SkipEmptyParts)) {
                m_parts << part;
                m_starts << QRegularExpression(
                    u"(?:^|[^\\p{L}\\p{N}\\p{M}\\p{Co}])"_s + QRegularExpression::escape(part));
            }
        }
        // Text without a word in it finds no lead.
        m_nothing = m_substrings.isEmpty() && m_parts.isEmpty() && !search.trimmed().isEmpty();
    }
    bool operator()(const QString &text) const
    {
        if (m_nothing)
            return false;
        // A word start is a substring too: the cheap test first.
        return std::all_of(m_substrings.cbegin(), m_substrings.cend(), [&](const QString &s) {
            return text.contains(s);
        }) && std::all_of(m_parts.cbegin(), m_parts.cend(), [&](const QString &s) {
            return text.contains(s);
        }) && std::all_of(m_starts.cbegin(), m_starts.cend(), [&](const QRegularExpression &start) {
            return text.contains(start);
        });
    }

private:
    QStringList m_substrings;
    QStringList m_parts;
    QList<QRegularExpression> m_starts;
    bool m_nothing = false;
};

bool expectedMatch(const QString &searchText, const QString &search)
{
    return ExpectedMatch(search)(searchText);
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

} // namespace

class TestLeadSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void words_data();
    void words();
    void parse_data();
    void parse();
    void matches_data();
    void matches();

    void sqlFindsWhatMatchesSays();
    void indexFollowsEveryWrite();
    void firstPageOfCommonAndRareWords_data();
    void firstPageOfCommonAndRareWords();
    void sampleSearchesAgree();

private:
    Lead mustCreate(const LeadChanges &fields);
    QList<qint64> idsFound(const QString &search, qint64 limit = -1, qint64 offset = 0);
    /// Ids of the leads (not deleted) whose stored search text matches, by expectedMatch().
    QList<qint64> idsExpected(const QString &search);
    /// FTS5's own check that the index holds exactly what leads.search_text says.
    bool indexIsConsistent();
    QSqlDatabase sql() const { return m_db->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
};

void TestLeadSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLeadSearch::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"search-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    QVERIFY(Settings(sql()).setValue(Settings::PhoneDefaultRegion, u"US"_s));
    m_leads = std::make_unique<LeadService>(sql());
    m_leads->setActor(u"tester"_s);
}

void TestLeadSearch::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

Lead TestLeadSearch::mustCreate(const LeadChanges &fields)
{
    auto lead = m_leads->create(fields);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return *lead;
}

QList<qint64> TestLeadSearch::idsFound(const QString &search, qint64 limit, qint64 offset)
{
    LeadQuery query;
    query.search = search;
    query.limit = limit;
    query.offset = offset;
    auto leads = limit > 0 ? m_leads->listPage(query) : m_leads->list(query);
    if (!leads)
        qFatal("search failed: %s", qPrintable(leads.error().toString()));
    QList<qint64> ids;
    for (const Lead &lead : std::as_const(*leads))
        ids << lead.id();
    return ids;
}

QList<qint64> TestLeadSearch::idsExpected(const QString &search)
{
    QSqlQuery query(sql());
    query.exec(u"SELECT id, search_text FROM leads WHERE deleted_at IS NULL ORDER BY id"_s);
    const ExpectedMatch matches(search);
    QList<qint64> ids;
    while (query.next()) {
        if (matches(query.value(1).toString()))
            ids << query.value(0).toLongLong();
    }
    return ids;
}

bool TestLeadSearch::indexIsConsistent()
{
    QSqlQuery query(sql());
    if (!query.exec(u"INSERT INTO lead_search(lead_search) VALUES ('integrity-check')"_s)) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// --- the rule itself ---------------------------------------------------------------------------

void TestLeadSearch::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList {};
    QTest::newRow("punctuation only") << u" @-._ "_s << QStringList {};
    QTest::newRow("email") << u"o'brien-smith@example.co.uk"_s
                           << QStringList {
                                  u"o"_s, u"brien"_s, u"smith"_s, u"example"_s, u"co"_s, u"uk"_s};
    QTest::newRow("digits") << u"acme 2000, inc."_s << QStringList {u"acme"_s, u"2000"_s, u"inc"_s};
    QTest::newRow("accents stay") << u"zoë müller"_s << QStringList {u"zoë"_s, u"müller"_s};
    // Devanagari vowel signs are combining marks: they stay inside their word.
    QTest::newRow("marks in words") << u"राहुल शर्मा"_s << QStringList {u"राहुल"_s, u"शर्मा"_s};
    QTest::newRow("cjk run") << u"田中太郎 tanaka"_s << QStringList {u"田中太郎"_s, u"tanaka"_s};
    // A letter outside the Basic Multilingual Plane (a surrogate pair) is a letter.
    QTest::newRow("surrogate pair letter") << u"𠀀x yz"_s << QStringList {u"𠀀x"_s, u"yz"_s};
    QTest::newRow("emoji separates") << u"ann🙂bob"_s << QStringList {u"ann"_s, u"bob"_s};
}

void TestLeadSearch::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (QStringView word : LeadSearch::words(text))
        actual << word.toString();
    QCOMPARE(actual, expected);
}

void TestLeadSearch::parse_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("prefixes");
    QTest::addColumn<QStringList>("substrings");
    QTest::addColumn<QString>("expression");
    QTest::newRow("blank") << u"   "_s << QStringList {} << QStringList {} << QString();
    QTest::newRow("punctuation") << u"% _ @"_s << QStringList {} << QStringList {} << QString();
    QTest::newRow("case folded") << u"SMITH"_s << QStringList {u"smith"_s} << QStringList {}
                                 << u"\"smith\"*"_s;
    QTest::newRow("two words, tabs") << u" John\tSmi "_s << QStringList {u"john"_s, u"smi"_s}
                                     << QStringList {} << u"\"john\"* AND \"smi\"*"_s;
    QTest::newRow("email splits") << u"j.smith@gm"_s << QStringList {u"j"_s, u"smith"_s, u"gm"_s}
                                  << QStringList {} << u"\"j\"* AND \"smith\"* AND \"gm\"*"_s;
    QTest::newRow("fts syntax is text")
        << u"NOT \"x\" OR near(a)"_s << QStringList {u"not"_s, u"x"_s, u"or"_s, u"near"_s, u"a"_s}
        << QStringList {}
        << u"\"not\"* AND \"x\"* AND \"or\"* AND \"near\"* AND "
           "\"a\"*"_s;
    QTest::newRow("japanese is a substring") << u"太郎 tanaka"_s << QStringList {u"tanaka"_s}
                                             << QStringList {u"太郎"_s} << u"\"tanaka\"*"_s;
    QTest::newRow("thai is a substring")
        << u"สมชาย"_s << QStringList {} << QStringList {u"สมชาย"_s} << QString();
}

void TestLeadSearch::parse()
{
    QFETCH(QString, search);
    QFETCH(QStringList, prefixes);
    QFETCH(QStringList, substrings);
    QFETCH(QString, expression);
    const LeadSearch parsed(search);
    QCOMPARE(parsed.prefixes(), prefixes);
    QCOMPARE(parsed.substrings(), substrings);
    QCOMPARE(parsed.matchExpression(), expression);
    const bool noTerms = prefixes.isEmpty() && substrings.isEmpty();
    QCOMPARE(parsed.isEmpty(), noTerms && search.trimmed().isEmpty());
    QCOMPARE(parsed.matchesNothing(), noTerms && !search.trimmed().isEmpty());
}

void TestLeadSearch::matches_data()
{
    QTest::addColumn<QString>("searchText");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("expected");
    const QString smith = u"john smith acme ltd j.smith@gmail.com"_s;
    QTest::newRow("word start") << smith << u"smi"_s << true;
    QTest::newRow("inside a word") << smith << u"mith"_s << false;
    QTest::newRow("every word") << smith << u"john gmail"_s << true;
    QTest::newRow("one word missing") << smith << u"john globex"_s << false;
    QTest::newRow("email part") << smith << u"smith@gm"_s << true;
    QTest::newRow("upper case") << smith << u"ACME"_s << true;
    QTest::newRow("blank matches all") << smith << u"  "_s << true;
    QTest::newRow("accent is a letter") << u"zoë"_s << u"zoe"_s << false;
    QTest::newRow("accented") << u"zoë müller"_s << u"Zoë MÜL"_s << true;
    QTest::newRow("greek folded") << u"σοφία"_s << u"ΣΟΦΊΑ"_s << true;
    QTest::newRow("devanagari prefix") << u"राहुल शर्मा"_s << u"शर्"_s << true;
    QTest::newRow("japanese inside a name") << u"田中太郎 tanaka"_s << u"太郎"_s << true;
    QTest::newRow("japanese missing") << u"田中太郎 tanaka"_s << u"次郎"_s << false;
    QTest::newRow("japanese and latin") << u"田中太郎 tanaka"_s << u"中 tan"_s << true;
    QTest::newRow("empty text") << QString() << u"a"_s << false;
}

void TestLeadSearch::matches()
{
    QFETCH(QString, searchText);
    QFETCH(QString, search);
    QFETCH(bool, expected);
    QCOMPARE(LeadSearch(search).matches(searchText), expected);
    QCOMPARE(expectedMatch(searchText, search), expected); // the test's own rule agrees
}

// --- the database --------------------------------------------------------------------------------

void TestLeadSearch::sqlFindsWhatMatchesSays()
{
    const Lead john = mustCreate({{LeadField::FirstName, u"John"_s},
        {LeadField::LastName, u"Smith"_s}, {LeadField::Email, u"J.Smith@Gmail.com"_s}});
    const Lead jo = mustCreate({{LeadField::FirstName, u"Jo"_s},
        {LeadField::LastName, u"Goldsmith"_s}, {LeadField::Company, u"Acme 2000"_s}});
    const Lead taro = mustCreate({{LeadField::FirstName, u"太郎"_s},
        {LeadField::LastName, u"田中"_s}, {LeadField::Company, u"東京商事"_s}});
    const Lead rahul =
        mustCreate({{LeadField::FirstName, u"राहुल"_s}, {LeadField::LastName, u"शर्मा"_s}});

    const QList<std::pair<QString, QList<qint64>>> cases {
        {u"smith"_s, {john.id()}},
        {u"SMI"_s, {john.id()}},
        {u"gold"_s, {jo.id()}},
        {u"jo"_s, {john.id(), jo.id()}},
        {u"j.smith@gmail"_s, {john.id()}},
        {u"acme 2000"_s, {jo.id()}},
        {u"2000 acme"_s, {jo.id()}},
        {u"商事"_s, {taro.id()}},
        {u"京商"_s, {taro.id()}},
        {u"शर्"_s, {rahul.id()}},
        {u"\"jo\" OR x"_s, {}},
        {u"*"_s, {}},
        {u"%_"_s, {}},
        {u"' OR 1=1 --"_s, {}},
        {u"100%"_s, {}},
    };
    for (const auto &[search, expected] : cases) {
        QCOMPARE(idsFound(search), expected);
        QCOMPARE(idsExpected(search), expected);
        LeadQuery query;
        query.search = search;
        QCOMPARE(*m_leads->count(query), qint64(expected.size()));
    }
}

void TestLeadSearch::indexFollowsEveryWrite()
{
    // Created by hand, edited, soft-deleted and restored, imported, updated by an import, the
    // import undone: after each, the index holds exactly the stored search text.
    Lead ada = mustCreate({{LeadField::FirstName, u"Ada"_s}, {LeadField::LastName, u"Lovelace"_s}});
    QVERIFY(indexIsConsistent());
    QCOMPARE(idsFound(u"lovel"_s), QList<qint64> {ada.id()});

    auto edited = m_leads->update(ada.id(), ada.version(), {{LeadField::LastName, u"Byron"_s}});
    QVERIFY(edited);
    QVERIFY(indexIsConsistent());
    QCOMPARE(idsFound(u"lovel"_s), QList<qint64> {});
    QCOMPARE(idsFound(u"byr"_s), QList<qint64> {ada.id()});

    // A change that leaves the search text alone does not touch the index.
    edited = m_leads->update(edited->id(), edited->version(), {{LeadField::Title, u"CTO"_s}});
    QVERIFY(edited);
    QVERIFY(indexIsConsistent());

    QVERIFY(m_leads->remove(ada.id()));
    QCOMPARE(idsFound(u"byr"_s), QList<qint64> {});
    QVERIFY(indexIsConsistent());

    const QString path = m_dir.filePath(u"search-import.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email,First Name,Last Name,Company\r\n"
                   "grace@navy.example,Grace,Hopper,Navy\r\n"
                   "alan@bletchley.example,Alan,Turing,Bletchley\r\n");
    }
    LeadImporter importer(*m_db);
    auto first = importer.run(path, {});
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->created, 2);
    QVERIFY(indexIsConsistent());
    QCOMPARE(idsFound(u"hop"_s).size(), 1);

    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // Grace updated twice; Linus created and then updated by a later row of the same file.
        file.write("Email,First Name,Last Name,Company\r\n"
                   "grace@navy.example,Grace,Murray,Navy\r\n"
                   "linus@kernel.example,Linus,Torvalds,Transmeta\r\n"
                   "grace@navy.example,Grace,Murray,Yale\r\n"
                   "linus@kernel.example,Linus,Torvalds,OSDL\r\n");
    }
    LeadImportOptions overwrite;
    overwrite.onDuplicate = DuplicatePolicy::Update;
    auto second = importer.run(path, overwrite);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    QCOMPARE(second->created, 1);
    QCOMPARE(second->updated, 3);
    QVERIFY(indexIsConsistent());
    QCOMPARE(idsFound(u"hop"_s).size(), 0);
    QCOMPARE(idsFound(u"murr yale"_s).size(), 1);
    QCOMPARE(idsFound(u"navy yale"_s).size(), 1); // navy: the email
    QCOMPARE(idsFound(u"osdl"_s).size(), 1);
    QCOMPARE(idsFound(u"transmeta"_s).size(), 0);

    // Undo the update (Hopper again), then the import that created both (gone from the index).
    QVERIFY(undoImport(*m_db, second->batchId, u"tester"_s));
    QVERIFY(indexIsConsistent());
    QCOMPARE(idsFound(u"hop"_s).size(), 1);
    QCOMPARE(idsFound(u"murr"_s).size(), 0);
    QVERIFY(undoImport(*m_db, first->batchId, u"tester"_s));
    QVERIFY(indexIsConsistent());
    QCOMPARE(idsFound(u"hop"_s).size(), 0);
    QCOMPARE(idsFound(u"turing"_s).size(), 0);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 1);
}

void TestLeadSearch::firstPageOfCommonAndRareWords_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<qint64>("limit");
    QTest::newRow("common word, first page") << u"common"_s << qint64(20);
    QTest::newRow("rare word, first page") << u"rare"_s << qint64(20);
    QTest::newRow("rare word, all on one page") << u"rare"_s << qint64(500);
    QTest::newRow("common and rare") << u"common rare"_s << qint64(5);
}

void TestLeadSearch::firstPageOfCommonAndRareWords()
{
    // 9,000 leads: every lead says "common", one in 600 "rare". The first page of a common word
    // comes from a walk of the newest leads, of a rare word from the index; both must be the
    // first page of the full, sorted answer.
    QFETCH(QString, search);
    QFETCH(qint64, limit);
    QSqlQuery insert(sql());
    QVERIFY(sql().transaction());
    insert.prepare(u"INSERT INTO leads (first_name, stage, created_at, updated_at, version, "
                   "search_text) VALUES (?, 'new', ?, ?, 1, ?)"_s);
    for (int i = 0; i < 9000; ++i) {
        const QString name = i % 600 == 7 ? u"rare%1"_s.arg(i) : u"lead%1"_s.arg(i);
        insert.addBindValue(name);
        insert.addBindValue(qint64(1'700'000'000'000) + (i * 7919 % 9000) * 1000);
        insert.addBindValue(qint64(1'700'000'000'000));
        insert.addBindValue(u"%1 common"_s.arg(name));
        QVERIFY(insert.exec());
    }
    QVERIFY(sql().commit());
    QVERIFY(indexIsConsistent());

    LeadQuery all;
    all.search = search;
    all.sortField = LeadField::CreatedAt;
    all.sortOrder = Qt::DescendingOrder;
    auto everything = m_leads->list(all);
    QVERIFY(everything);
    QVERIFY(!everything->isEmpty());
    LeadQuery page = all;
    page.limit = limit;
    auto first = m_leads->listPage(page);
    QVERIFY(first);
    QCOMPARE(first->size(), std::min<qsizetype>(limit, everything->size()));
    for (qsizetype i = 0; i < first->size(); ++i)
        QCOMPARE(first->at(i).id(), everything->at(i).id());
    QCOMPARE(*m_leads->count(all), qint64(everything->size()));
}

void TestLeadSearch::sampleSearchesAgree()
{
    // The shared 10k sample (many scripts, odd emails): for searches made from its own leads,
    // the SQL (full-text index, LIKE for scripts without spaces) finds exactly the leads the
    // regular-expression rule picks.
    const QString path = QStringLiteral(LEADFLOW_SAMPLE_LEADS);
    QVERIFY2(QFile::exists(path), "tests/data/leads-10k.csv is missing");
    LeadImporter importer(*m_db);
    auto report = importer.run(path, {});
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY(indexIsConsistent());

    QStringList searches;
    QSqlQuery texts(sql());
    QVERIFY(texts.exec(u"SELECT search_text FROM leads WHERE id % 191 = 3 ORDER BY id"_s));
    while (texts.next()) {
        const QString text = texts.value(0).toString();
        const QList<QStringView> words = LeadSearch::words(text);
        if (words.isEmpty())
            continue;
        searches << words.first().toString(); // a whole word
        searches << words.last().left(2).toString(); // a short prefix
        if (words.size() > 2)
            searches << words[1].toString() + u' ' + words[2].left(3).toString();
        searches << text.section(u' ', -1).left(9); // the start of the email, punctuation and all
        searches << text.mid(1, 2); // two letters from inside a word: mostly other leads
    }
    QVERIFY(searches.size() > 200);
    QList<std::pair<qint64, QString>> leads;
    QVERIFY(texts.exec(u"SELECT id, search_text FROM leads ORDER BY id"_s));
    while (texts.next())
        leads.append({texts.value(0).toLongLong(), texts.value(1).toString()});
    int nonEmpty = 0;
    for (const QString &search : std::as_const(searches)) {
        LeadQuery query;
        query.search = search;
        const auto select = leadIdSelect(query);
        QVERIFY(select);
        QSqlQuery ids(sql());
        QVERIFY(ids.prepare(select->sql));
        for (const QVariant &value : select->values)
            ids.addBindValue(value);
        QVERIFY(ids.exec());
        QList<qint64> found;
        while (ids.next())
            found << ids.value(0).toLongLong();
        const ExpectedMatch matches(search);
        QList<qint64> expected;
        for (const auto &[id, text] : std::as_const(leads)) {
            if (matches(text))
                expected << id;
        }
        if (found != expected)
            QFAIL(qPrintable(u"search \"%1\": %2 found, %3 expected"_s.arg(search)
                                 .arg(found.size())
                                 .arg(expected.size())));
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY(nonEmpty > searches.size() / 2);
}

QTEST_GUILESS_MAIN(TestLeadSearch)
#include "tst_leadsearch.moc"
