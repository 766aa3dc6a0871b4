#include "routing/businesscalendar.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QSet<QDate> toSet(const QList<QDate> &days)
{
    return QSet<QDate>(days.begin(), days.end());
}

qint64 toMs(double hours)
{
    return std::llround(hours * 3600.0 * 1000.0);
}

BusinessCalendar calendarIn(const QByteArray &zone)
{
    BusinessCalendar calendar;
    calendar.setTimeZone(QTimeZone(zone));
    return calendar;
}

/// The reference model the tests compare with: business time counted quarter-hour by quarter-hour
/// on the local wall clock, written without any of BusinessCalendar's arithmetic.
struct Reference
{
    QTimeZone zone;
    QList<int> days;
    int openMinute = 9 * 60;
    int closeMinute = 17 * 60;
    QSet<QDate> holidays;

    bool businessQuarter(QDate date, int minute) const
    {
        return days.contains(date.dayOfWeek()) && !holidays.contains(date) && minute >= openMinute
            && minute < closeMinute;
    }

    /// The end of the quarters-th business quarter hour at or after the quarter-aligned `from`.
    QDateTime deadline(const QDateTime &from, int quarters) const
    {
        const QDateTime local = from.toTimeZone(zone);
        QDate date = local.date();
        int minute = local.time().hour() * 60 + local.time().minute();
        int counted = 0;
        for (int step = 0; step < 96 * 400; ++step) {
            if (businessQuarter(date, minute) && ++counted == quarters)
                return QDateTime(date, QTime(0, 0).addSecs((minute + 15) * 60), zone).toUTC();
            minute += 15;
            if (minute == 24 * 60) {
                minute = 0;
                date = date.addDays(1);
            }
        }
        return {};
    }

    /// Business hours between two quarter-aligned moments, a <= b.
    double between(const QDateTime &a, const QDateTime &b) const
    {
        const QDateTime la = a.toTimeZone(zone);
        const QDateTime lb = b.toTimeZone(zone);
        QDate date = la.date();
        int minute = la.time().hour() * 60 + la.time().minute();
        const QDate endDate = lb.date();
        const int endMinute = lb.time().hour() * 60 + lb.time().minute();
        int quarters = 0;
        while (date < endDate || (date == endDate && minute < endMinute)) {
            if (businessQuarter(date, minute))
                ++quarters;
            minute += 15;
            if (minute == 24 * 60) {
                minute = 0;
                date = date.addDays(1);
            }
        }
        return quarters / 4.0;
    }
};

} // namespace

/// BusinessCalendar: deadlines in business hours across nights, weekends, holidays, time zones
/// and daylight-saving switches; the settings and holidays kept in the database.
class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void defaults();
    void addBusinessHours_data();
    void addBusinessHours();
    void timeZones_data();
    void timeZones();
    void addBusinessHoursRefuses();
    void longHolidaysStillReachADeadline();
    void businessHoursBetween_data();
    void businessHoursBetween();
    void deadlinesMatchAReferenceWalk_data();
    void deadlinesMatchAReferenceWalk();
    void betweenMatchesAReferenceWalk_data();
    void betweenMatchesAReferenceWalk();
    void isBusinessTime_data();
    void isBusinessTime();
    void describe_data();
    void describe();
    void settersRefuse();
    void businessDays_data();
    void businessDays();

    void settingsRoundTrip();
    void unsetSettingsGiveDefaults();
    void badSettingsRefused_data();
    void badSettingsRefused();
    void holidaysAddListRemove();
    void malformedHolidayRefused();

private:
    void openDatabase();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestBusinessCalendar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QTimeZone("Europe/Berlin").isValid());
    QVERIFY(QTimeZone("America/New_York").isValid());
}

void TestBusinessCalendar::cleanup()
{
    m_db.reset();
}

void TestBusinessCalendar::openDatabase()
{
    static int counter = 0;
    m_path = m_dir.filePath(u"calendar-%1.sqlite"_s.arg(++counter));
    auto db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
}

void TestBusinessCalendar::defaults()
{
    const BusinessCalendar calendar;
    QCOMPARE(calendar.businessDays(), QList<int>({1, 2, 3, 4, 5}));
    QCOMPARE(calendar.start(), QTime(9, 0));
    QCOMPARE(calendar.end(), QTime(17, 0));
    QCOMPARE(calendar.timeZone(), QTimeZone::systemTimeZone());
    QVERIFY(calendar.usesSystemTimeZone());
    QVERIFY(calendar.holidays().isEmpty());
    QCOMPARE(calendar.defaultSlaHours(), 4.0);
}

// --- deadlines with fixed times ----------------------------------------------------------------

void TestBusinessCalendar::addBusinessHours_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<double>("hours");
    QTest::addColumn<QList<QDate>>("holidays");
    QTest::addColumn<QDateTime>("expected");

    // June 2024: Mon 3 ... Fri 7, Sat 8, Sun 9, Mon 10. The calendar is Mon-Fri 09:00-17:00 UTC.
    const QList<QDate> none;
    const QDate fri7(2024, 6, 7);
    const QDate mon10(2024, 6, 10);

    QTest::newRow("same day") << utc(2024, 6, 3, 10) << 4.0 << none << utc(2024, 6, 3, 14);
    QTest::newRow("over night") << utc(2024, 6, 3, 15) << 4.0 << none << utc(2024, 6, 4, 11);
    QTest::newRow("friday 16:00 + 4h is monday 12:00")
        << utc(2024, 6, 7, 16) << 4.0 << none << utc(2024, 6, 10, 12);
    QTest::newRow("thursday before a friday holiday")
        << utc(2024, 6, 6, 15) << 4.0 << QList<QDate> {fri7} << utc(2024, 6, 10, 11);
    QTest::newRow("weekend then a monday holiday")
        << utc(2024, 6, 7, 16) << 4.0 << QList<QDate> {mon10} << utc(2024, 6, 11, 12);
    QTest::newRow("holiday on a saturday changes nothing")
        << utc(2024, 6, 7, 16) << 4.0 << QList<QDate> {QDate(2024, 6, 8)} << utc(2024, 6, 10, 12);
    QTest::newRow("start on a holiday")
        << utc(2024, 6, 7, 10) << 1.0 << QList<QDate> {fri7} << utc(2024, 6, 10, 10);
    QTest::newRow("start before opening")
        << utc(2024, 6, 3, 7, 30) << 4.0 << none << utc(2024, 6, 3, 13);
    QTest::newRow("start just after midnight")
        << utc(2024, 6, 4, 0, 1) << 2.0 << none << utc(2024, 6, 4, 11);
    QTest::newRow("start after closing")
        << utc(2024, 6, 3, 18) << 4.0 << none << utc(2024, 6, 4, 13);
    QTest::newRow("start exactly at closing")
        << utc(2024, 6, 3, 17) << 1.0 << none << utc(2024, 6, 4, 10);
    QTest::newRow("start on a saturday")
        << utc(2024, 6, 8, 11) << 4.0 << none << utc(2024, 6, 10, 13);
    QTest::newRow("start on a sunday night")
        << utc(2024, 6, 9, 23, 59) << 0.5 << none << utc(2024, 6, 10, 9, 30);
    QTest::newRow("half an hour") << utc(2024, 6, 3, 10) << 0.5 << none << utc(2024, 6, 3, 10, 30);
    QTest::newRow("half an hour over night")
        << utc(2024, 6, 3, 16, 45) << 0.5 << none << utc(2024, 6, 4, 9, 15);
    QTest::newRow("quarter hours") << utc(2024, 6, 3, 9) << 1.25 << none << utc(2024, 6, 3, 10, 15);
    QTest::newRow("seconds are kept")
        << utc(2024, 6, 3, 9, 0, 30) << 1.0 << none << utc(2024, 6, 3, 10, 0, 30);
    QTest::newRow("ends exactly at closing")
        << utc(2024, 6, 3, 13) << 4.0 << none << utc(2024, 6, 3, 17);
    QTest::newRow("a whole friday ends friday at closing")
        << utc(2024, 6, 7, 9) << 8.0 << none << utc(2024, 6, 7, 17);
    QTest::newRow("a whole day from before opening")
        << utc(2024, 6, 3, 6) << 8.0 << none << utc(2024, 6, 3, 17);
    QTest::newRow("one minute more than the day")
        << utc(2024, 6, 3, 9) << 8.0 + 1.0 / 60 << none << utc(2024, 6, 4, 9, 1);
    QTest::newRow("zero hours in business time")
        << utc(2024, 6, 3, 10) << 0.0 << none << utc(2024, 6, 3, 10);
    QTest::newRow("zero hours on a saturday is monday's opening")
        << utc(2024, 6, 8, 10) << 0.0 << none << utc(2024, 6, 10, 9);
    QTest::newRow("40 hours from monday's opening")
        << utc(2024, 6, 3, 9) << 40.0 << none << utc(2024, 6, 7, 17);
    QTest::newRow("40 hours from wednesday noon")
        << utc(2024, 6, 5, 12) << 40.0 << none << utc(2024, 6, 12, 12);
    QTest::newRow("40 hours across a holiday")
        << utc(2024, 6, 5, 12) << 40.0 << QList<QDate> {mon10} << utc(2024, 6, 13, 12);
    QTest::newRow("christmas and new year")
        << utc(2024, 12, 24, 16) << 4.0
        << QList<QDate> {QDate(2024, 12, 25), QDate(2024, 12, 26), QDate(2025, 1, 1)}
        << utc(2024, 12, 27, 12);
    QTest::newRow("a week of holidays")
        << utc(2024, 6, 7, 16) << 2.0
        << QList<QDate> {mon10, QDate(2024, 6, 11), QDate(2024, 6, 12), QDate(2024, 6, 13),
               QDate(2024, 6, 14)}
        << utc(2024, 6, 17, 10);
    // Any time spec in: Monday 12:00 at UTC+2 is 10:00 UTC.
    QTest::newRow("offset time in") << QDateTime(QDate(2024, 6, 3), QTime(12, 0), Qt::OffsetFromUTC,
        2 * 3600) << 4.0 << none << utc(2024, 6, 3, 14);
}

void TestBusinessCalendar::addBusinessHours()
{
    QFETCH(QDateTime, from);
    QFETCH(double, hours);
    QFETCH(QList<QDate>, holidays);
    QFETCH(QDateTime, expected);

    BusinessCalendar calendar = calendarIn("UTC");
    calendar.setHolidays(toSet(holidays));
    const QDateTime due = calendar.addBusinessHours(from, hours);
    QCOMPARE(due, expected);
    QCOMPARE(due.timeSpec(), Qt::UTC);
    // The inverse: the business hours from `from` to the deadline are the hours asked for.
    QCOMPARE(toMs(calendar.businessHoursBetween(from, due)), toMs(hours));
}

// --- time zones and daylight saving --------------------------------------------------------------

void TestBusinessCalendar::timeZones_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<QTime>("open");
    QTest::addColumn<QTime>("close");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<double>("hours");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<double>("between"); // businessHoursBetween(from, expected)

    const QList<int> weekdays {1, 2, 3, 4, 5};
    const QList<int> everyDay {1, 2, 3, 4, 5, 6, 7};
    const QByteArray berlin = "Europe/Berlin";
    const QTime nine(9, 0);
    const QTime five(17, 0);

    // Berlin is UTC+1 in winter (CET) and UTC+2 in summer (CEST). Times in and out are UTC.
    QTest::newRow("berlin winter: 07:00Z is 08:00, before opening")
        << berlin << weekdays << nine << five << utc(2024, 1, 8, 7) << 1.0 << utc(2024, 1, 8, 9)
        << 1.0;
    QTest::newRow("berlin winter: 16:30Z is 17:30, after closing")
        << berlin << weekdays << nine << five << utc(2024, 1, 8, 16, 30) << 1.0
        << utc(2024, 1, 9, 9) << 1.0;
    QTest::newRow("berlin summer: 06:30Z is 08:30 CEST")
        << berlin << weekdays << nine << five << utc(2024, 6, 3, 6, 30) << 2.0 << utc(2024, 6, 3, 9)
        << 2.0;
    QTest::newRow("berlin summer: closing is 15:00Z")
        << berlin << weekdays << nine << five << utc(2024, 6, 3, 13) << 2.0 << utc(2024, 6, 3, 15)
        << 2.0;
    // Clocks go forward on Sunday 31 March 2024 and back on Sunday 27 October 2024.
    QTest::newRow("march switch over the weekend")
        << berlin << weekdays << nine << five << utc(2024, 3, 29, 14) << 4.0 << utc(2024, 4, 1, 9)
        << 4.0;
    QTest::newRow("march switch, two whole days")
        << berlin << weekdays << nine << five << utc(2024, 3, 29, 8) << 16.0 << utc(2024, 4, 1, 15)
        << 16.0;
    QTest::newRow("october switch over the weekend")
        << berlin << weekdays << nine << five << utc(2024, 10, 25, 14) << 4.0
        << utc(2024, 10, 28, 11) << 4.0;
    QTest::newRow("march switch day has 8 hours")
        << berlin << everyDay << nine << five << utc(2024, 3, 31, 7) << 8.0 << utc(2024, 3, 31, 15)
        << 8.0;
    QTest::newRow("saturday into the march switch day")
        << berlin << everyDay << nine << five << utc(2024, 3, 30, 15) << 2.0 << utc(2024, 3, 31, 8)
        << 2.0;
    QTest::newRow("october switch day has 8 hours")
        << berlin << everyDay << nine << five << utc(2024, 10, 27, 8) << 8.0
        << utc(2024, 10, 27, 16) << 8.0;
    QTest::newRow("saturday into the october switch day")
        << berlin << everyDay << nine << five << utc(2024, 10, 26, 13) << 4.0
        << utc(2024, 10, 27, 10) << 4.0;

    // Business hours that include the switch count wall-clock hours: 00:30 CET + 3h is 03:30 CEST
    // (two hours later by the clock of the world), and 00:30 CEST + 3h is 03:30 CET (four).
    const QTime early(0, 30);
    const QTime late(23, 30);
    QTest::newRow("wall clock across the march switch")
        << berlin << everyDay << early << late << utc(2024, 3, 30, 23, 30) << 3.0
        << utc(2024, 3, 31, 1, 30) << 3.0;
    QTest::newRow("wall clock across the october switch")
        << berlin << everyDay << early << late << utc(2024, 10, 26, 22, 30) << 3.0
        << utc(2024, 10, 27, 2, 30) << 3.0;
    // 02:30 does not exist on 31 March: the deadline moves forward by the gap to 03:30 CEST, which
    // is three wall-clock hours after 00:30.
    QTest::newRow("deadline in the march gap")
        << berlin << everyDay << early << late << utc(2024, 3, 30, 23, 30) << 2.0
        << utc(2024, 3, 31, 1, 30) << 3.0;
    QTest::newRow("a 23-hour switch day still has 23 business hours")
        << berlin << everyDay << early << late << utc(2024, 3, 30, 23, 30) << 23.0
        << utc(2024, 3, 31, 21, 30) << 23.0;
    QTest::newRow("a 25-hour switch day still has 23 business hours")
        << berlin << everyDay << early << late << utc(2024, 10, 26, 22, 30) << 23.0
        << utc(2024, 10, 27, 22, 30) << 23.0;

    // New York is UTC-5 (EST) in winter, UTC-4 (EDT) from Sunday 10 March 2024.
    QTest::newRow("new york across its march switch")
        << QByteArray("America/New_York") << weekdays << nine << five << utc(2024, 3, 8, 21) << 2.0
        << utc(2024, 3, 11, 14) << 2.0;
}

void TestBusinessCalendar::timeZones()
{
    QFETCH(QByteArray, zone);
    QFETCH(QList<int>, days);
    QFETCH(QTime, open);
    QFETCH(QTime, close);
    QFETCH(QDateTime, from);
    QFETCH(double, hours);
    QFETCH(QDateTime, expected);
    QFETCH(double, between);

    BusinessCalendar calendar = calendarIn(zone);
    QVERIFY(calendar.setBusinessDays(days));
    QVERIFY(calendar.setHours(open, close));
    const QDateTime due = calendar.addBusinessHours(from, hours);
    QCOMPARE(due, expected);
    QCOMPARE(due.timeSpec(), Qt::UTC);
    QCOMPARE(toMs(calendar.businessHoursBetween(from, due)), toMs(between));
}

void TestBusinessCalendar::addBusinessHoursRefuses()
{
    BusinessCalendar calendar = calendarIn("UTC");
    const QDateTime monday = utc(2024, 6, 3, 10);
    QVERIFY(!calendar.addBusinessHours(QDateTime(), 1).isValid());
    QVERIFY(!calendar.addBusinessHours(monday, -1).isValid());
    QVERIFY(!calendar.addBusinessHours(monday, std::numeric_limits<double>::quiet_NaN()).isValid());
    QVERIFY(!calendar.addBusinessHours(monday, std::numeric_limits<double>::infinity()).isValid());
    QVERIFY(!calendar.addBusinessHours(monday, 1e300).isValid());

    // Holidays on every day for eleven years: no deadline within the walk's limit.
    QSet<QDate> years;
    for (QDate day(2024, 6, 1); day < QDate(2035, 6, 1); day = day.addDays(1))
        years.insert(day);
    calendar.setHolidays(years);
    QVERIFY(!calendar.addBusinessHours(monday, 4).isValid());
    QVERIFY(!calendar.isBusinessTime(monday));
    QCOMPARE(calendar.businessHoursBetween(monday, utc(2035, 1, 1, 0)), 0.0);
}

void TestBusinessCalendar::longHolidaysStillReachADeadline()
{
    // Two years of holidays are within the limit: the deadline lands after them.
    BusinessCalendar calendar = calendarIn("UTC");
    QSet<QDate> years;
    for (QDate day(2024, 6, 3); day < QDate(2026, 6, 3); day = day.addDays(1))
        years.insert(day);
    calendar.setHolidays(years);
    // 3 June 2026 is a Wednesday.
    QCOMPARE(calendar.addBusinessHours(utc(2024, 6, 3, 10), 4), utc(2026, 6, 3, 13));
}

void TestBusinessCalendar::businessHoursBetween_data()
{
    QTest::addColumn<QDateTime>("a");
    QTest::addColumn<QDateTime>("b");
    QTest::addColumn<QList<QDate>>("holidays");
    QTest::addColumn<double>("hours");

    const QList<QDate> none;
    QTest::newRow("b before a") << utc(2024, 6, 3, 14) << utc(2024, 6, 3, 10) << none << 0.0;
    QTest::newRow("b equals a") << utc(2024, 6, 3, 14) << utc(2024, 6, 3, 14) << none << 0.0;
    QTest::newRow("within a day") << utc(2024, 6, 3, 10) << utc(2024, 6, 3, 12, 30) << none << 2.5;
    QTest::newRow("both at night") << utc(2024, 6, 3, 20) << utc(2024, 6, 4, 7) << none << 0.0;
    QTest::newRow("over a weekend") << utc(2024, 6, 7, 16) << utc(2024, 6, 10, 12) << none << 4.0;
    QTest::newRow("weekend only") << utc(2024, 6, 8, 0) << utc(2024, 6, 10, 0) << none << 0.0;
    QTest::newRow("over a holiday")
        << utc(2024, 6, 6, 16) << utc(2024, 6, 10, 10) << QList<QDate> {QDate(2024, 6, 7)} << 2.0;
    // 2024 starts on a Monday and has 262 weekdays; Christmas Day is a Wednesday, 28 December a
    // Saturday.
    QTest::newRow("the year 2024") << utc(2024, 1, 1, 0) << utc(2025, 1, 1, 0) << none << 2096.0;
    QTest::newRow("the year 2024 without christmas")
        << utc(2024, 1, 1, 0) << utc(2025, 1, 1, 0) << QList<QDate> {QDate(2024, 12, 25)} << 2088.0;
    QTest::newRow("a saturday holiday does not count")
        << utc(2024, 1, 1, 0) << utc(2025, 1, 1, 0) << QList<QDate> {QDate(2024, 12, 28)} << 2096.0;
    QTest::newRow("holidays outside the span do not count")
        << utc(2024, 6, 3, 9) << utc(2024, 6, 4, 17)
        << QList<QDate> {QDate(2024, 5, 31), QDate(2024, 6, 5)} << 16.0;
    QTest::newRow("holiday on the first day")
        << utc(2024, 6, 3, 12) << utc(2024, 6, 5, 10) << QList<QDate> {QDate(2024, 6, 3)} << 9.0;
    QTest::newRow("holiday on the last day")
        << utc(2024, 6, 3, 12) << utc(2024, 6, 5, 10) << QList<QDate> {QDate(2024, 6, 5)} << 13.0;
}

void TestBusinessCalendar::businessHoursBetween()
{
    QFETCH(QDateTime, a);
    QFETCH(QDateTime, b);
    QFETCH(QList<QDate>, holidays);
    QFETCH(double, hours);

    BusinessCalendar calendar = calendarIn("UTC");
    calendar.setHolidays(toSet(holidays));
    QCOMPARE(toMs(calendar.businessHoursBetween(a, b)), toMs(hours));
}

// --- properties over a grid ----------------------------------------------------------------------

void TestBusinessCalendar::deadlinesMatchAReferenceWalk_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<QTime>("open");
    QTest::addColumn<QTime>("close");
    QTest::addColumn<QList<QDate>>("holidays");

    // March and early April 2024: both daylight-saving switches (US 10 March, EU 31 March),
    // Good Friday 29 March and Easter Monday 1 April.
    const QList<QDate> easter {QDate(2024, 3, 29), QDate(2024, 4, 1)};
    QTest::newRow("utc mon-fri 09:00-17:00")
        << QByteArray("UTC") << QList<int> {1, 2, 3, 4, 5} << QTime(9, 0) << QTime(17, 0) << easter;
    QTest::newRow("berlin mon-fri 09:00-17:00")
        << QByteArray("Europe/Berlin") << QList<int> {1, 2, 3, 4, 5} << QTime(9, 0) << QTime(17, 0)
        << easter;
    QTest::newRow("new york sun-thu 08:30-16:15")
        << QByteArray("America/New_York") << QList<int> {7, 1, 2, 3, 4} << QTime(8, 30)
        << QTime(16, 15) << QList<QDate> {QDate(2024, 3, 10), QDate(2024, 3, 21)};
    QTest::newRow("berlin saturday only 10:00-12:00")
        << QByteArray("Europe/Berlin") << QList<int> {6} << QTime(10, 0) << QTime(12, 0)
        << QList<QDate> {QDate(2024, 3, 16)};
}

void TestBusinessCalendar::deadlinesMatchAReferenceWalk()
{
    QFETCH(QByteArray, zone);
    QFETCH(QList<int>, days);
    QFETCH(QTime, open);
    QFETCH(QTime, close);
    QFETCH(QList<QDate>, holidays);

    BusinessCalendar calendar = calendarIn(zone);
    QVERIFY(calendar.setBusinessDays(days));
    QVERIFY(calendar.setHours(open, close));
    calendar.setHolidays(toSet(holidays));
    const Reference reference {QTimeZone(zone), days, open.hour() * 60 + open.minute(),
        close.hour() * 60 + close.minute(), toSet(holidays)};

    // Start times every 1h45 (quarter-aligned in every zone used) over five weeks.
    int checked = 0;
    for (QDateTime from = utc(2024, 3, 4, 0); from < utc(2024, 4, 8, 0);
         from = from.addSecs(105 * 60)) {
        for (double hours : {0.25, 1.0, 3.75, 8.0, 8.5, 40.0}) {
            const QDateTime expected = reference.deadline(from, int(hours * 4));
            QVERIFY(expected.isValid());
            const QDateTime due = calendar.addBusinessHours(from, hours);
            if (due != expected)
                QFAIL(qPrintable(
                    u"%1 + %2h: %3, expected %4"_s.arg(from.toString(Qt::ISODate))
                        .arg(hours)
                        .arg(due.toString(Qt::ISODate), expected.toString(Qt::ISODate))));
            // The round trip back: exactly the hours asked for lie between start and deadline,
            // and the deadline is the first moment that has them.
            QCOMPARE(toMs(calendar.businessHoursBetween(from, due)), toMs(hours));
            QVERIFY(toMs(calendar.businessHoursBetween(from, due.addMSecs(-1))) < toMs(hours));
            ++checked;
        }
    }
    QVERIFY(checked > 2000);
}

void TestBusinessCalendar::betweenMatchesAReferenceWalk_data()
{
    deadlinesMatchAReferenceWalk_data();
}

void TestBusinessCalendar::betweenMatchesAReferenceWalk()
{
    QFETCH(QByteArray, zone);
    QFETCH(QList<int>, days);
    QFETCH(QTime, open);
    QFETCH(QTime, close);
    QFETCH(QList<QDate>, holidays);

    BusinessCalendar calendar = calendarIn(zone);
    QVERIFY(calendar.setBusinessDays(days));
    QVERIFY(calendar.setHours(open, close));
    calendar.setHolidays(toSet(holidays));
    const Reference reference {QTimeZone(zone), days, open.hour() * 60 + open.minute(),
        close.hour() * 60 + close.minute(), toSet(holidays)};

    for (QDateTime a = utc(2024, 3, 4, 0); a < utc(2024, 4, 8, 0); a = a.addSecs(225 * 60)) {
        for (qint64 minutes : {0, 15, 120, 585, 1440, 4620, 11520, 20160}) {
            const QDateTime b = a.addSecs(minutes * 60);
            const double expected = reference.between(a, b);
            const double actual = calendar.businessHoursBetween(a, b);
            if (toMs(actual) != toMs(expected))
                QFAIL(qPrintable(u"%1 to %2: %3h, expected %4h"_s
                                     .arg(a.toString(Qt::ISODate), b.toString(Qt::ISODate))
                                     .arg(actual)
                                     .arg(expected)));
            QCOMPARE(calendar.businessHoursBetween(b, a), 0.0);
        }
    }
}

// --- edges ---------------------------------------------------------------------------------------

void TestBusinessCalendar::isBusinessTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<bool>("expected");

    const QByteArray u = "UTC";
    const QByteArray berlin = "Europe/Berlin";
    QTest::newRow("opening is inside") << u << utc(2024, 6, 3, 9) << true;
    QTest::newRow("a millisecond before opening") << u << utc(2024, 6, 3, 9).addMSecs(-1) << false;
    QTest::newRow("a second before closing") << u << utc(2024, 6, 3, 16, 59, 59) << true;
    QTest::newRow("closing is outside") << u << utc(2024, 6, 3, 17) << false;
    QTest::newRow("midday") << u << utc(2024, 6, 5, 12) << true;
    QTest::newRow("saturday") << u << utc(2024, 6, 8, 12) << false;
    QTest::newRow("sunday") << u << utc(2024, 6, 9, 12) << false;
    QTest::newRow("invalid") << u << QDateTime() << false;
    QTest::newRow("berlin winter opening is 08:00Z") << berlin << utc(2024, 1, 8, 8) << true;
    QTest::newRow("berlin winter 07:59Z") << berlin << utc(2024, 1, 8, 7, 59) << false;
    QTest::newRow("berlin winter closing is 16:00Z") << berlin << utc(2024, 1, 8, 16) << false;
    QTest::newRow("berlin winter 15:59Z") << berlin << utc(2024, 1, 8, 15, 59) << true;
    QTest::newRow("berlin summer opening is 07:00Z") << berlin << utc(2024, 6, 3, 7) << true;
    QTest::newRow("berlin summer 06:59Z") << berlin << utc(2024, 6, 3, 6, 59) << false;
    QTest::newRow("berlin summer 15:00Z is closing") << berlin << utc(2024, 6, 3, 15) << false;
    QTest::newRow("berlin monday 08:00 is sunday 23:00Z") << berlin << utc(2024, 6, 9, 23) << false;
    QTest::newRow("utc friday 23:30 is saturday in berlin")
        << berlin << utc(2024, 6, 7, 23, 30) << false;
}

void TestBusinessCalendar::isBusinessTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, t);
    QFETCH(bool, expected);
    QCOMPARE(calendarIn(zone).isBusinessTime(t), expected);
}

void TestBusinessCalendar::describe_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<QTime>("open");
    QTest::addColumn<QTime>("close");
    QTest::addColumn<int>("holidayCount");
    QTest::addColumn<QString>("expected");

    QTest::newRow("default week") << QByteArray("Europe/Berlin") << QList<int> {1, 2, 3, 4, 5}
                                  << QTime(9, 0) << QTime(17, 0) << 3
                                  << u"Mon-Fri 09:00-17:00 Europe/Berlin, 3 holidays"_s;
    QTest::newRow("sunday to thursday")
        << QByteArray("Asia/Jerusalem") << QList<int> {7, 1, 2, 3, 4} << QTime(8, 30)
        << QTime(16, 15) << 0 << u"Sun-Thu 08:30-16:15 Asia/Jerusalem, no holidays"_s;
    QTest::newRow("scattered days")
        << QByteArray("UTC") << QList<int> {1, 3, 5} << QTime(9, 0) << QTime(17, 0) << 1
        << u"Mon,Wed,Fri 09:00-17:00 UTC, 1 holiday"_s;
    QTest::newRow("weekend") << QByteArray("UTC") << QList<int> {6, 7} << QTime(10, 0)
                             << QTime(14, 0) << 0 << u"Sat,Sun 10:00-14:00 UTC, no holidays"_s;
    QTest::newRow("every day") << QByteArray("UTC") << QList<int> {1, 2, 3, 4, 5, 6, 7}
                               << QTime(0, 0) << QTime(23, 59, 30) << 2
                               << u"Mon-Sun 00:00-23:59:30 UTC, 2 holidays"_s;
    QTest::newRow("two runs") << QByteArray("UTC") << QList<int> {1, 2, 3, 5, 6, 7} << QTime(9, 0)
                              << QTime(17, 0) << 0 << u"Fri-Wed 09:00-17:00 UTC, no holidays"_s;
    QTest::newRow("monday to wednesday and friday")
        << QByteArray("UTC") << QList<int> {1, 2, 3, 5} << QTime(9, 0) << QTime(17, 0) << 0
        << u"Mon-Wed,Fri 09:00-17:00 UTC, no holidays"_s;
}

void TestBusinessCalendar::describe()
{
    QFETCH(QByteArray, zone);
    QFETCH(QList<int>, days);
    QFETCH(QTime, open);
    QFETCH(QTime, close);
    QFETCH(int, holidayCount);
    QFETCH(QString, expected);

    BusinessCalendar calendar = calendarIn(zone);
    QVERIFY(calendar.setBusinessDays(days));
    QVERIFY(calendar.setHours(open, close));
    QSet<QDate> holidays;
    for (int i = 0; i < holidayCount; ++i)
        holidays.insert(QDate(2024, 12, 24).addDays(i));
    calendar.setHolidays(holidays);
    QCOMPARE(calendar.describe(), expected);
}

void TestBusinessCalendar::settersRefuse()
{
    BusinessCalendar calendar;

    for (const auto &[start, end] :
        {std::pair {QTime(17, 0), QTime(9, 0)}, std::pair {QTime(9, 0), QTime(9, 0)},
            std::pair {QTime(), QTime(17, 0)}, std::pair {QTime(9, 0), QTime()}}) {
        const Status set = calendar.setHours(start, end);
        QVERIFY(!set);
        QCOMPARE(set.error().code, ErrorCode::Invalid);
        QCOMPARE(set.error().field, BusinessCalendar::HoursKey);
        QCOMPARE(calendar.start(), QTime(9, 0));
        QCOMPARE(calendar.end(), QTime(17, 0));
    }
    QVERIFY(calendar.setHours(QTime(8, 15), QTime(12, 45)));
    QCOMPARE(calendar.start(), QTime(8, 15));
    QCOMPARE(calendar.end(), QTime(12, 45));

    for (double hours : {0.0, -1.0, std::numeric_limits<double>::quiet_NaN(),
             std::numeric_limits<double>::infinity()}) {
        const Status set = calendar.setDefaultSlaHours(hours);
        QVERIFY(!set);
        QCOMPARE(set.error().field, BusinessCalendar::DefaultHoursKey);
        QCOMPARE(calendar.defaultSlaHours(), 4.0);
    }
    QVERIFY(calendar.setDefaultSlaHours(0.5));
    QCOMPARE(calendar.defaultSlaHours(), 0.5);

    calendar.setTimeZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(calendar.timeZone().id(), QByteArray("Europe/Berlin"));
    QVERIFY(!calendar.usesSystemTimeZone());
    calendar.setTimeZone(QTimeZone());
    QVERIFY(calendar.usesSystemTimeZone());
    QCOMPARE(calendar.timeZone(), QTimeZone::systemTimeZone());
}

void TestBusinessCalendar::businessDays_data()
{
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QList<int>>("stored");

    const QList<int> unchanged {1, 2, 3, 4, 5};
    QTest::newRow("empty") << QList<int> {} << false << unchanged;
    QTest::newRow("zero") << QList<int> {0, 1} << false << unchanged;
    QTest::newRow("eight") << QList<int> {8} << false << unchanged;
    QTest::newRow("negative") << QList<int> {-1} << false << unchanged;
    QTest::newRow("one day") << QList<int> {3} << true << QList<int> {3};
    QTest::newRow("unsorted with duplicates")
        << QList<int> {7, 1, 1, 4} << true << QList<int> {1, 4, 7};
}

void TestBusinessCalendar::businessDays()
{
    QFETCH(QList<int>, days);
    QFETCH(bool, accepted);
    QFETCH(QList<int>, stored);

    BusinessCalendar calendar;
    const Status set = calendar.setBusinessDays(days);
    QCOMPARE(bool(set), accepted);
    if (!set) {
        QCOMPARE(set.error().code, ErrorCode::Invalid);
        QCOMPARE(set.error().field, BusinessCalendar::DaysKey);
    }
    QCOMPARE(calendar.businessDays(), stored);
}

// --- database ------------------------------------------------------------------------------------

void TestBusinessCalendar::settingsRoundTrip()
{
    openDatabase();
    BusinessCalendar calendar;
    calendar.setTimeZone(QTimeZone("Europe/Berlin"));
    QVERIFY(calendar.setBusinessDays({7, 1, 2, 3, 4}));
    QVERIFY(calendar.setHours(QTime(8, 30), QTime(16, 15)));
    QVERIFY(calendar.setDefaultSlaHours(2.5));
    calendar.setHolidays({QDate(2030, 1, 1)}); // not saved by save()
    QVERIFY(calendar.save(m_db->connection()));

    // What is stored is what a person would write.
    {
        Settings settings(m_db->connection());
        QCOMPARE(settings.value(BusinessCalendar::TimeZoneKey), u"Europe/Berlin"_s);
        QCOMPARE(settings.value(BusinessCalendar::DaysKey), u"1,2,3,4,7"_s);
        QCOMPARE(settings.value(BusinessCalendar::HoursKey), u"08:30-16:15"_s);
        QCOMPARE(settings.value(BusinessCalendar::DefaultHoursKey), u"2.5"_s);
    }

    QVERIFY(BusinessCalendar::addHoliday(m_db->connection(), QDate(2024, 12, 25), u"Christmas"_s));
    QVERIFY(BusinessCalendar::addHoliday(m_db->connection(), QDate(2024, 12, 26), {}));

    // Reopen the file: everything comes back from the database.
    m_db.reset();
    auto db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    auto loaded = BusinessCalendar::load(m_db->connection());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->timeZone().id(), QByteArray("Europe/Berlin"));
    QVERIFY(!loaded->usesSystemTimeZone());
    QCOMPARE(loaded->businessDays(), QList<int>({1, 2, 3, 4, 7}));
    QCOMPARE(loaded->start(), QTime(8, 30));
    QCOMPARE(loaded->end(), QTime(16, 15));
    QCOMPARE(loaded->defaultSlaHours(), 2.5);
    QCOMPARE(loaded->holidays(), QSet<QDate>({QDate(2024, 12, 25), QDate(2024, 12, 26)}));
    QCOMPARE(loaded->describe(), u"Sun-Thu 08:30-16:15 Europe/Berlin, 2 holidays"_s);
    // The loaded calendar computes with what it loaded: Tue 24 Dec 15:15 CET + 2h goes past both
    // holidays, and past Friday and Saturday (not business days), to Sunday 29 December 09:30 CET.
    QCOMPARE(loaded->addBusinessHours(utc(2024, 12, 24, 14, 15), 2), utc(2024, 12, 29, 8, 30));

    // Back to the system time zone: stored as an empty value, loaded as the system zone.
    BusinessCalendar system = *loaded;
    system.setTimeZone(QTimeZone());
    QVERIFY(system.setHours(QTime(9, 0, 30), QTime(17, 0)));
    QVERIFY(system.save(m_db->connection()));
    Settings settings(m_db->connection());
    QCOMPARE(settings.value(BusinessCalendar::TimeZoneKey, u"unset"_s), QString());
    QCOMPARE(settings.value(BusinessCalendar::HoursKey), u"09:00:30-17:00"_s);
    auto again = BusinessCalendar::load(m_db->connection());
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QVERIFY(again->usesSystemTimeZone());
    QCOMPARE(again->timeZone(), QTimeZone::systemTimeZone());
    QCOMPARE(again->start(), QTime(9, 0, 30));
}

void TestBusinessCalendar::unsetSettingsGiveDefaults()
{
    openDatabase();
    Settings settings(m_db->connection());
    QVERIFY(settings.setValue(BusinessCalendar::HoursKey, u" 8:00 - 12:00 "_s));
    auto loaded = BusinessCalendar::load(m_db->connection());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->start(), QTime(8, 0));
    QCOMPARE(loaded->end(), QTime(12, 0));
    QCOMPARE(loaded->businessDays(), QList<int>({1, 2, 3, 4, 5}));
    QVERIFY(loaded->usesSystemTimeZone());
    QCOMPARE(loaded->defaultSlaHours(), 4.0);
    QVERIFY(loaded->holidays().isEmpty());
}

void TestBusinessCalendar::badSettingsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    const QString hours = BusinessCalendar::HoursKey;
    const QString days = BusinessCalendar::DaysKey;
    const QString zone = BusinessCalendar::TimeZoneKey;
    const QString sla = BusinessCalendar::DefaultHoursKey;
    QTest::newRow("hours past midnight") << hours << u"25:00-26:00"_s;
    QTest::newRow("hours reversed") << hours << u"17:00-09:00"_s;
    QTest::newRow("hours empty range") << hours << u"09:00-09:00"_s;
    QTest::newRow("hours without end") << hours << u"09:00"_s;
    QTest::newRow("hours without minutes") << hours << u"9-17"_s;
    QTest::newRow("hours null") << hours << QString();
    QTest::newRow("hours empty") << hours << u""_s;
    QTest::newRow("days eight") << days << u"8"_s;
    QTest::newRow("days zero") << days << u"0,1"_s;
    QTest::newRow("days null") << days << QString();
    QTest::newRow("days blank") << days << u" "_s;
    QTest::newRow("days not numbers") << days << u"Mon,Tue"_s;
    QTest::newRow("days with semicolons") << days << u"1;2"_s;
    QTest::newRow("unknown time zone") << zone << u"Mars/Olympus_Mons"_s;
    QTest::newRow("misspelled time zone") << zone << u"Europe/Berlinn"_s;
    QTest::newRow("sla zero") << sla << u"0"_s;
    QTest::newRow("sla negative") << sla << u"-4"_s;
    QTest::newRow("sla words") << sla << u"four"_s;
    QTest::newRow("sla null") << sla << QString();
    QTest::newRow("sla blank") << sla << u"  "_s;
    QTest::newRow("sla nan") << sla << u"nan"_s;
    QTest::newRow("sla infinite") << sla << u"inf"_s;
}

void TestBusinessCalendar::badSettingsRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);

    openDatabase();
    QVERIFY(Settings(m_db->connection()).setValue(key, value));
    const auto loaded = BusinessCalendar::load(m_db->connection());
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::Invalid);
    QCOMPARE(loaded.error().field, key);
    QVERIFY2(loaded.error().message.contains(key), qPrintable(loaded.error().message));
    QVERIFY2(
        loaded.error().message.contains(u'"' + value + u'"'), qPrintable(loaded.error().message));
}

void TestBusinessCalendar::holidaysAddListRemove()
{
    openDatabase();
    QSqlDatabase db = m_db->connection();
    QVERIFY(BusinessCalendar::addHoliday(db, QDate(2025, 1, 1), u"New Year"_s));
    QVERIFY(BusinessCalendar::addHoliday(db, QDate(2024, 12, 26), u"  Boxing Day "_s));
    QVERIFY(BusinessCalendar::addHoliday(db, QDate(2024, 12, 25), u"Xmas"_s));
    QVERIFY(BusinessCalendar::addHoliday(db, QDate(2024, 12, 25), u"Christmas"_s)); // renames
    const Status invalid = BusinessCalendar::addHoliday(db, QDate(), u"Nothing"_s);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::Invalid);

    using List = QList<std::pair<QDate, QString>>;
    auto listed = BusinessCalendar::listHolidays(db);
    QVERIFY(listed);
    QCOMPARE(*listed,
        List({{QDate(2024, 12, 25), u"Christmas"_s}, {QDate(2024, 12, 26), u"Boxing Day"_s},
            {QDate(2025, 1, 1), u"New Year"_s}}));

    // Stored as YYYY-MM-DD text, as the schema says.
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT day FROM holidays ORDER BY day"_s));
    QStringList stored;
    while (query.next())
        stored << query.value(0).toString();
    QCOMPARE(stored, QStringList({u"2024-12-25"_s, u"2024-12-26"_s, u"2025-01-01"_s}));

    QVERIFY(BusinessCalendar::removeHoliday(db, QDate(2024, 12, 26)));
    const Status again = BusinessCalendar::removeHoliday(db, QDate(2024, 12, 26));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QVERIFY2(again.error().message.contains(u"2024-12-26"_s), qPrintable(again.error().message));

    listed = BusinessCalendar::listHolidays(db);
    QVERIFY(listed);
    QCOMPARE(
        *listed, List({{QDate(2024, 12, 25), u"Christmas"_s}, {QDate(2025, 1, 1), u"New Year"_s}}));
    auto loaded = BusinessCalendar::load(db);
    QVERIFY(loaded);
    QCOMPARE(loaded->holidays(), QSet<QDate>({QDate(2024, 12, 25), QDate(2025, 1, 1)}));
}

void TestBusinessCalendar::malformedHolidayRefused()
{
    openDatabase();
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"INSERT INTO holidays (day, name) VALUES ('25.12.2024', 'Christmas')"_s));
    const auto listed = BusinessCalendar::listHolidays(m_db->connection());
    QVERIFY(!listed);
    QVERIFY2(listed.error().message.contains(u"25.12.2024"_s), qPrintable(listed.error().message));
    QVERIFY(!BusinessCalendar::load(m_db->connection()));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
