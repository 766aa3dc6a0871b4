#include "domain/lead.h"
#include "routing/userservice.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

User person(const QString &name, const QString &email = {})
{
    User user;
    user.name = name;
    user.email = email;
    return user;
}

} // namespace

/// lf::UserService and lf::User: adding, updating and finding the people leads go to, their
/// validation, territories and absences.
class TestUserService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addAndGetRoundTrip();
    void validation_data();
    void validation();
    void duplicateEmails();
    void updateSavesEveryField();
    void updateRefusals();
    void managers();
    void find_data();
    void find();
    void findAmbiguousListsThem();
    void listOrderAndInactive();
    void roles();
    void covers_data();
    void covers();
    void absences();
    void awayAt_data();
    void awayAt();

private:
    User mustAdd(const User &user);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserService> m_users;
};

void TestUserService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestUserService::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"users-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_users = std::make_unique<UserService>(m_db->connection());
}

void TestUserService::cleanup()
{
    m_users.reset();
    m_db.reset();
}

User TestUserService::mustAdd(const User &user)
{
    auto added = m_users->add(user);
    if (!added)
        qFatal("add failed: %s", qPrintable(added.error().toString()));
    return *added;
}

void TestUserService::addAndGetRoundTrip()
{
    const User boss = mustAdd(person(u"Maria Boss"_s, u"maria@acme.test"_s));
    User ann;
    ann.name = u"  Ann Lee "_s;
    ann.email = u" Ann.Lee@ACME.test "_s;
    ann.role = User::Role::Rep;
    ann.capacityPerWeek = 25;
    ann.countries = {u"Germany"_s, u"at"_s, u"CH"_s};
    ann.industries = {u"Software"_s, u"Retail"_s};
    ann.products = {u"Cloud"_s};
    ann.managerId = boss.id;
    auto result = m_users->add(ann);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    const User added = *result;
    QVERIFY(added.id > boss.id);
    QCOMPARE(added.name, u"Ann Lee"_s);
    QCOMPARE(added.email, u"ann.lee@acme.test"_s);

    auto read = m_users->get(added.id);
    QVERIFY(read);
    QCOMPARE(read->id, added.id);
    QCOMPARE(read->name, u"Ann Lee"_s);
    QCOMPARE(read->email, u"ann.lee@acme.test"_s);
    QCOMPARE(read->role, User::Role::Rep);
    QVERIFY(read->active);
    QCOMPARE(read->capacityPerWeek, 25);
    // Country names and lower-case codes are stored as ISO codes.
    QCOMPARE(read->countries, QStringList({u"DE"_s, u"AT"_s, u"CH"_s}));
    QCOMPARE(read->industries, QStringList({u"Software"_s, u"Retail"_s}));
    QCOMPARE(read->products, QStringList({u"Cloud"_s}));
    QCOMPARE(read->managerId, boss.id);

    // Defaults: a rep, active, no capacity, no territory, no manager, no email (stored as NULL).
    const User plain = mustAdd(person(u"Plain"_s));
    auto plainRead = m_users->get(plain.id);
    QVERIFY(plainRead);
    QCOMPARE(plainRead->role, User::Role::Rep);
    QVERIFY(plainRead->active);
    QCOMPARE(plainRead->capacityPerWeek, 0);
    QVERIFY(plainRead->countries.isEmpty());
    QVERIFY(plainRead->industries.isEmpty());
    QVERIFY(plainRead->products.isEmpty());
    QCOMPARE(plainRead->managerId, qint64(0));
    QVERIFY(plainRead->email.isEmpty());
    QSqlQuery raw(m_db->connection());
    QVERIFY(raw.exec(u"SELECT email IS NULL, territories IS NULL, manager_id IS NULL FROM users "
                     "WHERE id = %1"_s.arg(plain.id)));
    QVERIFY(raw.next());
    QVERIFY(raw.value(0).toBool());
    QVERIFY(raw.value(1).toBool());
    QVERIFY(raw.value(2).toBool());

    auto missing = m_users->get(999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestUserService::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QString>("field"); // empty = valid

    QTest::newRow("valid") << u"Ann"_s << u"ann@acme.test"_s << 10 << QStringList {u"DE"_s}
                           << QString();
    QTest::newRow("no email") << u"Ann"_s << QString() << 0 << QStringList {} << QString();
    QTest::newRow("email with spaces around")
        << u"Ann"_s << u" ann@acme.test "_s << 0 << QStringList {} << QString();
    QTest::newRow("capacity at most")
        << u"Ann"_s << QString() << 100000 << QStringList {} << QString();
    QTest::newRow("country by name")
        << u"Ann"_s << QString() << 0 << QStringList {u"United Kingdom"_s} << QString();
    QTest::newRow("no name") << u""_s << QString() << 0 << QStringList {} << u"name"_s;
    QTest::newRow("blank name") << u"   "_s << QString() << 0 << QStringList {} << u"name"_s;
    QTest::newRow("email without @")
        << u"Ann"_s << u"ann.acme.test"_s << 0 << QStringList {} << u"email"_s;
    QTest::newRow("email without domain dot")
        << u"Ann"_s << u"ann@acme"_s << 0 << QStringList {} << u"email"_s;
    QTest::newRow("email with two @")
        << u"Ann"_s << u"ann@x@acme.test"_s << 0 << QStringList {} << u"email"_s;
    QTest::newRow("email with a space")
        << u"Ann"_s << u"ann lee@acme.test"_s << 0 << QStringList {} << u"email"_s;
    QTest::newRow("negative capacity")
        << u"Ann"_s << QString() << -1 << QStringList {} << u"capacity"_s;
    QTest::newRow("huge capacity")
        << u"Ann"_s << QString() << 100001 << QStringList {} << u"capacity"_s;
    QTest::newRow("unknown country")
        << u"Ann"_s << QString() << 0 << QStringList {u"DE"_s, u"Atlantis"_s} << u"territory"_s;
    QTest::newRow("unknown code") << u"Ann"_s << QString() << 0 << QStringList {u"QQ"_s}
                                  << u"territory"_s;
}

void TestUserService::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(int, capacity);
    QFETCH(QStringList, countries);
    QFETCH(QString, field);
    User user = person(name, email);
    user.capacityPerWeek = capacity;
    user.countries = countries;
    auto added = m_users->add(user);
    auto all = m_users->list();
    QVERIFY(all);
    if (field.isEmpty()) {
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().email, email.trimmed().toLower());
        // Updating it unchanged is valid too.
        QVERIFY(m_users->update(*added));
        return;
    }
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::Invalid);
    QCOMPARE(added.error().field, field);
    QVERIFY(!added.error().message.isEmpty());
    QVERIFY(all->isEmpty());

    // update() refuses the same values on an existing user, and leaves it as it was.
    const User ok = mustAdd(person(u"Valid Person"_s, u"valid@acme.test"_s));
    User changed = ok;
    changed.name = name.trimmed().isEmpty() ? name : ok.name;
    changed.email = field == u"email"_s ? email : ok.email;
    changed.capacityPerWeek = capacity;
    changed.countries = countries;
    auto updated = m_users->update(changed);
    QVERIFY(!updated);
    QCOMPARE(updated.error().field, field);
    auto stored = m_users->get(ok.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, ok.name);
    QCOMPARE(stored->email, ok.email);
    QCOMPARE(stored->capacityPerWeek, 0);
}

void TestUserService::duplicateEmails()
{
    const User ann = mustAdd(person(u"Ann Lee"_s, u"ann@acme.test"_s));
    const User bob = mustAdd(person(u"Bob Stone"_s, u"bob@acme.test"_s));
    auto twice = m_users->add(person(u"Ann Again"_s, u"ANN@acme.test"_s));
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QCOMPARE(twice.error().field, u"email"_s);
    QVERIFY(twice.error().message.contains(u"ann@acme.test"_s, Qt::CaseInsensitive));

    User taken = bob;
    taken.email = u"Ann@Acme.test"_s;
    auto updated = m_users->update(taken);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, ErrorCode::Conflict);
    QCOMPARE(updated.error().field, u"email"_s);
    QCOMPARE(m_users->get(bob.id)->email, u"bob@acme.test"_s);

    // Several users may have no email.
    QVERIFY(m_users->add(person(u"No Mail 1"_s)));
    QVERIFY(m_users->add(person(u"No Mail 2"_s)));
    QCOMPARE(m_users->list()->size(), 4);
    Q_UNUSED(ann);
}

void TestUserService::updateSavesEveryField()
{
    const User boss = mustAdd(person(u"Maria Boss"_s, u"maria@acme.test"_s));
    User ann = mustAdd(person(u"Ann Lee"_s, u"ann@acme.test"_s));
    ann.name = u"Ann Lee-Smith"_s;
    ann.email = u"ANN.SMITH@acme.test"_s;
    ann.role = User::Role::Manager;
    ann.active = false;
    ann.capacityPerWeek = 7;
    ann.countries = {u"France"_s};
    ann.industries = {u"Retail"_s};
    ann.products = {u"A"_s, u"B"_s};
    ann.managerId = boss.id;
    auto updated = m_users->update(ann);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    auto read = m_users->get(ann.id);
    QVERIFY(read);
    for (const User &u : {*updated, *read}) {
        QCOMPARE(u.name, u"Ann Lee-Smith"_s);
        QCOMPARE(u.email, u"ann.smith@acme.test"_s);
        QCOMPARE(u.role, User::Role::Manager);
        QVERIFY(!u.active);
        QCOMPARE(u.capacityPerWeek, 7);
        QCOMPARE(u.countries, QStringList({u"FR"_s}));
        QCOMPARE(u.industries, QStringList({u"Retail"_s}));
        QCOMPARE(u.products, QStringList({u"A"_s, u"B"_s}));
        QCOMPARE(u.managerId, boss.id);
    }
    // And back: empty territories, no manager, no email.
    ann = *read;
    ann.countries.clear();
    ann.industries.clear();
    ann.products.clear();
    ann.managerId = 0;
    ann.email.clear();
    ann.active = true;
    QVERIFY(m_users->update(ann));
    read = m_users->get(ann.id);
    QVERIFY(read->countries.isEmpty() && read->industries.isEmpty() && read->products.isEmpty());
    QCOMPARE(read->managerId, qint64(0));
    QVERIFY(read->email.isEmpty());
    QVERIFY(read->active);
}

void TestUserService::updateRefusals()
{
    User ann = mustAdd(person(u"Ann Lee"_s, u"ann@acme.test"_s));
    User ghost = ann;
    ghost.id = 999;
    auto missing = m_users->update(ghost);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    ann.managerId = ann.id;
    auto self = m_users->update(ann);
    QVERIFY(!self);
    QCOMPARE(self.error().code, ErrorCode::Invalid);
    QCOMPARE(self.error().field, u"manager"_s);
    QCOMPARE(m_users->get(ann.id)->managerId, qint64(0));
}

void TestUserService::managers()
{
    const User maria = mustAdd(person(u"Maria Boss"_s));
    User kim = person(u"Kim Lead"_s);
    kim.managerId = maria.id;
    kim = mustAdd(kim);
    User ann = person(u"Ann Lee"_s);
    ann.managerId = kim.id;
    ann = mustAdd(ann);

    // A manager who does not exist is named in the error, not a database failure.
    User ghostBoss = person(u"Ghost Boss"_s);
    ghostBoss.managerId = 4242;
    auto refused = m_users->add(ghostBoss);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QCOMPARE(refused.error().field, u"manager"_s);
    QVERIFY(refused.error().message.contains(u"4242"_s));

    // Maria cannot report to Ann, who reports (through Kim) to her.
    User loop = maria;
    loop.managerId = ann.id;
    auto cycle = m_users->update(loop);
    QVERIFY(!cycle);
    QCOMPARE(cycle.error().code, ErrorCode::Invalid);
    QCOMPARE(cycle.error().field, u"manager"_s);
    QCOMPARE(m_users->get(maria.id)->managerId, qint64(0));

    // Moving Ann under Maria directly is fine.
    ann.managerId = maria.id;
    QVERIFY(m_users->update(ann));
    QCOMPARE(m_users->get(ann.id)->managerId, maria.id);
}

void TestUserService::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("found"); // name; empty = error
    QTest::addColumn<int>("code");

    const int ok = -1;
    QTest::newRow("id") << u"2"_s << u"Bob Stone"_s << ok;
    QTest::newRow("id with spaces") << u" 3 "_s << u"Chris Park"_s << ok;
    QTest::newRow("email") << u"bob@acme.test"_s << u"Bob Stone"_s << ok;
    QTest::newRow("email any case") << u"BOB@Acme.Test"_s << u"Bob Stone"_s << ok;
    QTest::newRow("name") << u"Ann Lee"_s << u"Ann Lee"_s << ok;
    QTest::newRow("name any case") << u"ann lee"_s << u"Ann Lee"_s << ok;
    QTest::newRow("unique first name") << u"bob"_s << u"Bob Stone"_s << ok;
    QTest::newRow("email local part") << u"cpark"_s << u"Chris Park"_s << ok;
    QTest::newRow("unique first name of two-word match") << u"Dana"_s << u"Dana Fox"_s << ok;
    QTest::newRow("ambiguous first name") << u"ann"_s << QString() << int(ErrorCode::Invalid);
    QTest::newRow("unknown id") << u"99"_s << QString() << int(ErrorCode::NotFound);
    QTest::newRow("unknown name") << u"Zed"_s << QString() << int(ErrorCode::NotFound);
    QTest::newRow("last name only") << u"Stone"_s << QString() << int(ErrorCode::NotFound);
    QTest::newRow("empty") << u""_s << QString() << int(ErrorCode::NotFound);
    QTest::newRow("blank") << u"   "_s << QString() << int(ErrorCode::NotFound);
}

void TestUserService::find()
{
    QFETCH(QString, query);
    QFETCH(QString, found);
    QFETCH(int, code);
    mustAdd(person(u"Ann Lee"_s, u"ann@acme.test"_s)); // 1
    mustAdd(person(u"Bob Stone"_s, u"bob@acme.test"_s)); // 2
    mustAdd(person(u"Chris Park"_s, u"cpark@acme.test"_s)); // 3
    mustAdd(person(u"Ann Marsh"_s, u"amarsh@acme.test"_s)); // 4
    mustAdd(person(u"Dana Fox"_s)); // 5, no email
    auto result = m_users->find(query);
    if (found.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? result->name : QString()));
        QCOMPARE(int(result.error().code), code);
        QVERIFY(!result.error().message.isEmpty());
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->name, found);
}

void TestUserService::findAmbiguousListsThem()
{
    const User a = mustAdd(person(u"Chris Park"_s, u"chris.p@acme.test"_s));
    const User b = mustAdd(person(u"chris park"_s, u"c.park@acme.test"_s));
    auto both = m_users->find(u"Chris Park"_s);
    QVERIFY(!both);
    QCOMPARE(both.error().code, ErrorCode::Invalid);
    const QString message = both.error().message;
    QVERIFY2(message.contains(u"%1 (chris.p@acme.test)"_s.arg(a.id)), qPrintable(message));
    QVERIFY2(message.contains(u"%1 (c.park@acme.test)"_s.arg(b.id)), qPrintable(message));
    // The email still tells them apart; an exact full name beats a first name elsewhere.
    QCOMPARE(m_users->find(u"c.park@acme.test"_s)->id, b.id);
    const User chrisSolo = mustAdd(person(u"Chris"_s, u"solo@acme.test"_s));
    QCOMPARE(m_users->find(u"chris"_s)->id, chrisSolo.id);
}

void TestUserService::listOrderAndInactive()
{
    mustAdd(person(u"bob"_s));
    User zed = person(u"Zed"_s);
    zed.active = false;
    mustAdd(zed);
    mustAdd(person(u"Ann"_s));
    mustAdd(person(u"ann"_s));
    auto all = m_users->list();
    QVERIFY(all);
    QStringList names;
    for (const User &u : std::as_const(*all))
        names << u.name;
    // By name ignoring case, then by id.
    QCOMPARE(names, QStringList({u"Ann"_s, u"ann"_s, u"bob"_s, u"Zed"_s}));
    auto active = m_users->list(false);
    QVERIFY(active);
    QCOMPARE(active->size(), 3);
    for (const User &u : std::as_const(*active))
        QVERIFY(u.name != u"Zed"_s);
}

void TestUserService::roles()
{
    QCOMPARE(User::roleKey(User::Role::Rep), u"rep"_s);
    QCOMPARE(User::roleKey(User::Role::Manager), u"manager"_s);
    QCOMPARE(User::roleKey(User::Role::Admin), u"admin"_s);
    QCOMPARE(User::roleFromString(u" Manager "_s), User::Role::Manager);
    QCOMPARE(User::roleFromString(u"ADMIN"_s), User::Role::Admin);
    QVERIFY(!User::roleFromString(u"boss"_s));
    for (User::Role role : {User::Role::Rep, User::Role::Manager, User::Role::Admin}) {
        User u = person(User::roleKey(role) + u" person"_s);
        u.role = role;
        const User added = mustAdd(u);
        QCOMPARE(m_users->get(added.id)->role, role);
    }
}

void TestUserService::covers_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QStringList>("industries");
    QTest::addColumn<QStringList>("products");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("product");
    QTest::addColumn<bool>("covered");

    const QStringList none;
    QTest::newRow("no territory covers all")
        << none << none << none << u"FR"_s << u"Retail"_s << u"X"_s << true;
    QTest::newRow("no territory, empty lead")
        << none << none << none << QString() << QString() << QString() << true;
    QTest::newRow("country in") << QStringList {u"DE"_s, u"AT"_s} << none << none << u"AT"_s
                                << QString() << QString() << true;
    QTest::newRow("country out") << QStringList {u"DE"_s, u"AT"_s} << none << none << u"FR"_s
                                 << QString() << QString() << false;
    QTest::newRow("country unknown on lead")
        << QStringList {u"DE"_s} << none << none << QString() << QString() << QString() << false;
    QTest::newRow("industry any case") << none << QStringList {u"Software"_s} << none << QString()
                                       << u"software"_s << QString() << true;
    QTest::newRow("industry out") << none << QStringList {u"Software"_s} << none << QString()
                                  << u"Retail"_s << QString() << false;
    QTest::newRow("industry unknown on lead") << none << QStringList {u"Software"_s} << none
                                              << QString() << QString() << QString() << false;
    QTest::newRow("both must hold") << QStringList {u"DE"_s} << QStringList {u"Software"_s} << none
                                    << u"DE"_s << u"Retail"_s << QString() << false;
    QTest::newRow("both hold") << QStringList {u"DE"_s} << QStringList {u"Software"_s} << none
                               << u"DE"_s << u"Software"_s << QString() << true;
    QTest::newRow("product in") << none << none << QStringList {u"Cloud"_s, u"Edge"_s} << QString()
                                << QString() << u"edge"_s << true;
    QTest::newRow("product out") << none << none << QStringList {u"Cloud"_s} << QString()
                                 << QString() << u"Edge"_s << false;
    // Only a lead that names a product is held to the product list.
    QTest::newRow("lead without product")
        << none << none << QStringList {u"Cloud"_s} << QString() << QString() << QString() << true;
}

void TestUserService::covers()
{
    QFETCH(QStringList, countries);
    QFETCH(QStringList, industries);
    QFETCH(QStringList, products);
    QFETCH(QString, country);
    QFETCH(QString, industry);
    QFETCH(QString, product);
    QFETCH(bool, covered);
    User u = person(u"Territorial"_s);
    u.countries = countries;
    u.industries = industries;
    u.products = products;
    Lead lead;
    if (!country.isEmpty())
        lead.setValue(LeadField::Country, country);
    if (!industry.isEmpty())
        lead.setValue(LeadField::Industry, industry);
    if (!product.isEmpty())
        lead.setValue(LeadField::CustomFields,
            QString::fromUtf8(QJsonDocument(QJsonObject {{u"product"_s, product}})
                                  .toJson(QJsonDocument::Compact)));
    QCOMPARE(u.covers(lead), covered);
    // The same after a round trip through the database.
    const User stored = *m_users->get(mustAdd(u).id);
    QCOMPARE(stored.covers(lead), covered);
}

void TestUserService::absences()
{
    const User ann = mustAdd(person(u"Ann Lee"_s));
    const User bob = mustAdd(person(u"Bob Stone"_s));
    auto later = m_users->addAbsence(ann.id, utc(2025, 8, 1, 0), utc(2025, 8, 15, 0), u"Summer"_s);
    QVERIFY(later);
    QVERIFY(later->id > 0);
    QCOMPARE(later->userId, ann.id);
    QCOMPARE(later->note, u"Summer"_s);
    // Times in another zone are kept as the same moment, in UTC.
    const QDateTime berlinFrom(QDate(2025, 3, 10), QTime(9, 0), QTimeZone("Europe/Berlin"));
    auto earlier = m_users->addAbsence(ann.id, berlinFrom, berlinFrom.addDays(2));
    QVERIFY(earlier);
    QCOMPARE(earlier->from, utc(2025, 3, 10, 8));
    QVERIFY(m_users->addAbsence(bob.id, utc(2025, 1, 1, 0), utc(2025, 1, 2, 0)));

    auto list = m_users->absences(ann.id);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).from, utc(2025, 3, 10, 8)); // by start
    QCOMPARE(list->at(0).to, utc(2025, 3, 12, 8));
    QVERIFY(list->at(0).note.isEmpty());
    QCOMPARE(list->at(1).from, utc(2025, 8, 1, 0));
    QCOMPARE(list->at(1).to, utc(2025, 8, 15, 0));
    QCOMPARE(list->at(1).note, u"Summer"_s);
    QCOMPARE(m_users->absences(bob.id)->size(), 1);

    // Refused: end not after start, invalid times, an unknown user. Nothing is stored.
    auto empty = m_users->addAbsence(ann.id, utc(2025, 5, 1, 0), utc(2025, 5, 1, 0));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::Invalid);
    QVERIFY(!m_users->addAbsence(ann.id, utc(2025, 5, 2, 0), utc(2025, 5, 1, 0)));
    QVERIFY(!m_users->addAbsence(ann.id, QDateTime(), utc(2025, 5, 1, 0)));
    auto ghost = m_users->addAbsence(999, utc(2025, 5, 1, 0), utc(2025, 5, 2, 0));
    QVERIFY(!ghost);
    QCOMPARE(ghost.error().code, ErrorCode::NotFound);
    QCOMPARE(m_users->absences(ann.id)->size(), 2);

    // Cancelled from a moment on: past ones stay, a running one ends then, later ones go.
    auto cleared = m_users->clearAbsences(ann.id, utc(2025, 3, 11, 8));
    QVERIFY(cleared);
    QCOMPARE(*cleared, qint64(2));
    list = m_users->absences(ann.id);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).from, utc(2025, 3, 10, 8));
    QCOMPARE(list->at(0).to, utc(2025, 3, 11, 8));
    QCOMPARE(m_users->absences(bob.id)->size(), 1); // someone else's stay
    QCOMPARE(*m_users->clearAbsences(ann.id, utc(2025, 3, 11, 8)), qint64(0));
    QCOMPARE(m_users->clearAbsences(999, utc(2025, 3, 11, 8)).error().code, ErrorCode::NotFound);
}

void TestUserService::awayAt_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("away");
    QTest::addColumn<QString>("note");
    // Absences: [Mar 10 00:00, Mar 14 00:00) "first" and [Mar 14 00:00, Mar 15 00:00) "second".
    QTest::newRow("before") << utc(2025, 3, 9, 23, 59) << false << QString();
    QTest::newRow("start is inclusive") << utc(2025, 3, 10, 0) << true << u"first"_s;
    QTest::newRow("inside") << utc(2025, 3, 12, 12) << true << u"first"_s;
    QTest::newRow("last minute") << utc(2025, 3, 13, 23, 59) << true << u"first"_s;
    QTest::newRow("end is exclusive, next starts") << utc(2025, 3, 14, 0) << true << u"second"_s;
    QTest::newRow("end of the second") << utc(2025, 3, 15, 0) << false << QString();
    QTest::newRow("one ms before the end")
        << utc(2025, 3, 15, 0).addMSecs(-1) << true << u"second"_s;
}

void TestUserService::awayAt()
{
    QFETCH(QDateTime, at);
    QFETCH(bool, away);
    QFETCH(QString, note);
    const User ann = mustAdd(person(u"Ann Lee"_s));
    const User bob = mustAdd(person(u"Bob Stone"_s));
    QVERIFY(m_users->addAbsence(ann.id, utc(2025, 3, 14, 0), utc(2025, 3, 15, 0), u"second"_s));
    QVERIFY(m_users->addAbsence(ann.id, utc(2025, 3, 10, 0), utc(2025, 3, 14, 0), u"first"_s));
    auto result = m_users->awayAt(ann.id, at);
    QVERIFY(result);
    QCOMPARE(result->has_value(), away);
    if (away)
        QCOMPARE((*result)->note, note);
    // Another user's absence never counts.
    auto other = m_users->awayAt(bob.id, at);
    QVERIFY(other);
    QVERIFY(!other->has_value());
}

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
