#include "businesscalendar.h"

#include "storage/database.h"
#include "storage/settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("BusinessCalendar", text, nullptr, n);
}

constexpr qint64 MsPerHour = 3600 * 1000;
constexpr qint64 MsPerDay = 24 * MsPerHour;
constexpr quint8 AllDays = 0b1111'1110; // bits 1-7

const char *const dayNames[] = {
    QT_TRANSLATE_NOOP("BusinessCalendar", "Mon"),
    QT_TRANSLATE_NOOP("BusinessCalendar", "Tue"),
    QT_TRANSLATE_NOOP("BusinessCalendar", "Wed"),
    QT_TRANSLATE_NOOP("BusinessCalendar", "Thu"),
    QT_TRANSLATE_NOOP("BusinessCalendar", "Fri"),
    QT_TRANSLATE_NOOP("BusinessCalendar", "Sat"),
    QT_TRANSLATE_NOOP("BusinessCalendar", "Sun"),
};

const QString dayFormat = u"yyyy-MM-dd"_s;

bool hasDay(quint8 mask, int isoDay)
{
    return (mask & (1u << isoDay)) != 0;
}

QString formatTime(qint64 msOfDay)
{
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(msOfDay));
    if (msOfDay % 60000 == 0)
        return time.toString(u"HH:mm"_s);
    if (msOfDay % 1000 == 0)
        return time.toString(u"HH:mm:ss"_s);
    return time.toString(u"HH:mm:ss.zzz"_s);
}

QTime parseTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {u"H:mm"_s, u"H:mm:ss"_s, u"H:mm:ss.zzz"_s}) {
        const QTime time = QTime::fromString(trimmed, format);
        if (time.isValid())
            return time;
    }
    return {};
}

QString formatHours(double hours)
{
    return QString::number(hours, 'g', QLocale::FloatingPointShortest);
}

/// "Setting sla.business_hours = "17:00-09:00": <why, and what to do>", with the key as field.
std::unexpected<Error> settingError(const QString &key, const QString &value, const QString &why)
{
    return fail(ErrorCode::Invalid, tr("Setting %1 = \"%2\": %3").arg(key, value, why), key);
}

} // namespace

BusinessCalendar::BusinessCalendar()
    : m_zone(QTimeZone::systemTimeZone())
    , m_dayMask(0b0011'1110) // Mon-Fri
    , m_startMs(9 * MsPerHour)
    , m_endMs(17 * MsPerHour)
{
}

// --- settings -----------------------------------------------------------------------------------

Result<BusinessCalendar> BusinessCalendar::load(QSqlDatabase db)
{
    BusinessCalendar calendar;

    // Read the keys directly rather than through Settings::value(), so a database failure is
    // reported instead of silently giving the defaults.
    QSqlQuery query(db);
    query.prepare(u"SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?)"_s);
    for (const QString &key : {TimeZoneKey, DaysKey, HoursKey, DefaultHoursKey})
        query.addBindValue(key);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot read the business calendar settings")));
    QHash<QString, QString> stored;
    // A NULL value reads as empty, as with Settings::value().
    while (query.next())
        stored.insert(query.value(0).toString(), query.value(1).toString());

    if (stored.contains(TimeZoneKey)) {
        const QString id = stored.value(TimeZoneKey).trimmed();
        if (id.isEmpty()) {
            calendar.setTimeZone(QTimeZone());
        } else {
            const QTimeZone zone(id.toUtf8());
            if (!zone.isValid())
                return settingError(TimeZoneKey, id,
                    tr("that is not a time zone this system knows. Use an IANA name such as "
                       "Europe/Berlin or America/New_York, or leave it empty for the system time "
                       "zone."));
            calendar.setTimeZone(zone);
        }
    }

    if (stored.contains(DaysKey)) {
        const QString text = stored.value(DaysKey);
        QList<int> days;
        const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            const int day = part.trimmed().toInt(&ok);
            if (!ok)
                return settingError(DaysKey, text,
                    tr("\"%1\" is not a weekday number. List ISO weekdays separated by commas, "
                       "1 for Monday to 7 for Sunday, for example 1,2,3,4,5.")
                        .arg(part.trimmed()));
            days.append(day);
        }
        if (const Status set = calendar.setBusinessDays(days); !set)
            return settingError(DaysKey, text, set.error().message);
    }

    if (stored.contains(HoursKey)) {
        const QString text = stored.value(HoursKey);
        const QStringList parts = text.split(u'-');
        if (parts.size() != 2)
            return settingError(HoursKey, text,
                tr("write the opening and closing time as HH:mm-HH:mm, for example 09:00-17:00."));
        for (const QString &part : parts) {
            if (!parseTime(part).isValid())
                return settingError(HoursKey, text,
                    tr("\"%1\" is not a time of day. Write the opening and closing time as "
                       "HH:mm-HH:mm, for example 09:00-17:00.")
                        .arg(part.trimmed()));
        }
        if (const Status set = calendar.setHours(parseTime(parts[0]), parseTime(parts[1])); !set)
            return settingError(HoursKey, text, set.error().message);
    }

    if (stored.contains(DefaultHoursKey)) {
        const QString text = stored.value(DefaultHoursKey);
        bool ok = false;
        const double hours = text.toDouble(&ok);
        if (!ok)
            return settingError(DefaultHoursKey, text,
                tr("the default deadline must be a number of business hours, for example 4 or "
                   "0.5."));
        if (const Status set = calendar.setDefaultSlaHours(hours); !set)
            return settingError(DefaultHoursKey, text, set.error().message);
    }

    auto holidays = listHolidays(db);
    if (!holidays)
        return fail(holidays.error());
    QSet<QDate> days;
    for (const auto &[day, name] : *holidays)
        days.insert(day);
    calendar.setHolidays(days);
    return calendar;
}

Status BusinessCalendar::save(QSqlDatabase db) const
{
    QStringList days;
    for (int day : businessDays())
        days.append(QString::number(day));
    const QList<std::pair<QString, QString>> values {
        {TimeZoneKey, m_systemZone ? QString() : QString::fromUtf8(m_zone.id())},
        {DaysKey, days.join(u',')},
        {HoursKey, formatTime(m_startMs) + u'-' + formatTime(m_endMs)},
        {DefaultHoursKey, formatHours(m_defaultHours)},
    };

    Transaction transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Settings settings(db);
    for (const auto &[key, value] : values) {
        if (Status set = settings.setValue(key, value); !set)
            return set;
    }
    return transaction.commit();
}

// --- properties ---------------------------------------------------------------------------------

void BusinessCalendar::setTimeZone(const QTimeZone &zone)
{
    m_systemZone = !zone.isValid();
    m_zone = m_systemZone ? QTimeZone::systemTimeZone() : zone;
}

Status BusinessCalendar::setBusinessDays(const QList<int> &isoDays)
{
    if (isoDays.isEmpty())
        return fail(ErrorCode::Invalid,
            tr("Choose at least one business day; without one no deadline could ever be reached."),
            DaysKey);
    quint8 mask = 0;
    for (int day : isoDays) {
        if (day < 1 || day > 7)
            return fail(ErrorCode::Invalid,
                tr("%1 is not a weekday; use 1 for Monday to 7 for Sunday.").arg(day), DaysKey);
        mask |= quint8(1u << day);
    }
    m_dayMask = mask;
    return {};
}

QList<int> BusinessCalendar::businessDays() const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (hasDay(m_dayMask, day))
            days.append(day);
    }
    return days;
}

Status BusinessCalendar::setHours(QTime start, QTime end)
{
    if (!start.isValid() || !end.isValid())
        return fail(ErrorCode::Invalid,
            tr("Opening and closing time must both be times of day between 00:00 and 23:59."),
            HoursKey);
    if (start >= end)
        return fail(ErrorCode::Invalid,
            tr("Closing time (%2) must come after opening time (%1) on the same day; business "
               "hours across midnight are not supported.")
                .arg(formatTime(start.msecsSinceStartOfDay()),
                    formatTime(end.msecsSinceStartOfDay())),
            HoursKey);
    m_startMs = start.msecsSinceStartOfDay();
    m_endMs = end.msecsSinceStartOfDay();
    return {};
}

Status BusinessCalendar::setDefaultSlaHours(double hours)
{
    if (!std::isfinite(hours) || hours <= 0)
        return fail(ErrorCode::Invalid,
            tr("The default deadline must be more than 0 business hours, for example 4 or 0.5 "
               "(it is %1).")
                .arg(formatHours(hours)),
            DefaultHoursKey);
    m_defaultHours = hours;
    return {};
}

// --- arithmetic ---------------------------------------------------------------------------------

bool BusinessCalendar::isBusinessDay(QDate day) const
{
    return hasDay(m_dayMask, day.dayOfWeek()) && !m_holidays.contains(day);
}

qint64 BusinessCalendar::businessDaysIn(QDate first, QDate last) const
{
    if (!first.isValid() || !last.isValid() || first > last)
        return 0;
    const qint64 days = first.daysTo(last) + 1;
    qint64 count = (days / 7) * std::popcount(unsigned(m_dayMask));
    // Whole weeks leave the weekday unchanged; the remainder starts on first's weekday.
    const int weekday = first.dayOfWeek();
    for (qint64 i = 0; i < days % 7; ++i) {
        if (hasDay(m_dayMask, int((weekday - 1 + i) % 7) + 1))
            ++count;
    }
    for (const QDate &holiday : m_holidays) {
        if (holiday >= first && holiday <= last && hasDay(m_dayMask, holiday.dayOfWeek()))
            --count;
    }
    return count;
}

QDateTime BusinessCalendar::toUtc(QDate day, qint64 msOfDay) const
{
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(msOfDay));
    const QDateTime local(day, time, m_zone);
    if (local.isValid())
        return local.toUTC();
    // The wall-clock time does not exist (a daylight-saving gap): read it with the offset in force
    // before the gap, which lands as far after the gap's start as the time was.
    const QDateTime naive(day, time, Qt::UTC);
    return naive.addSecs(-m_zone.offsetFromUtc(naive.addDays(-1)));
}

bool BusinessCalendar::isBusinessTime(const QDateTime &t) const
{
    if (!t.isValid())
        return false;
    const QDateTime local = t.toTimeZone(m_zone);
    const qint64 ms = local.time().msecsSinceStartOfDay();
    return isBusinessDay(local.date()) && ms >= m_startMs && ms < m_endMs;
}

QDateTime BusinessCalendar::addBusinessHours(const QDateTime &from, double hours) const
{
    // More hours than MaxWalkDays days of round-the-clock business could never be reached; the
    // check also keeps the conversion to milliseconds below from overflowing.
    if (!from.isValid() || !std::isfinite(hours) || hours < 0 || hours > double(MaxWalkDays) * 24.0)
        return {};
    qint64 remaining = std::llround(hours * double(MsPerHour));

    const QDateTime local = from.toTimeZone(m_zone);
    QDate day = local.date();
    qint64 after = local.time().msecsSinceStartOfDay();
    for (int walked = 0; walked <= MaxWalkDays; ++walked) {
        if (isBusinessDay(day)) {
            const qint64 begin = std::max(after, m_startMs);
            if (begin < m_endMs) {
                const qint64 available = m_endMs - begin;
                if (remaining <= available)
                    return toUtc(day, begin + remaining);
                remaining -= available;
            }
        }
        day = day.addDays(1);
        after = 0;
    }
    return {};
}

double BusinessCalendar::businessHoursBetween(const QDateTime &a, const QDateTime &b) const
{
    if (!a.isValid() || !b.isValid() || b <= a)
        return 0;
    const QDateTime la = a.toTimeZone(m_zone);
    const QDateTime lb = b.toTimeZone(m_zone);
    const QDate da = la.date();
    const QDate db = lb.date();
    const qint64 ma = la.time().msecsSinceStartOfDay();
    const qint64 mb = lb.time().msecsSinceStartOfDay();

    // Business milliseconds of `day` between lo and hi (milliseconds since its midnight).
    const auto overlap = [this](QDate day, qint64 lo, qint64 hi) -> qint64 {
        if (!isBusinessDay(day))
            return 0;
        return std::max<qint64>(0, std::min(hi, m_endMs) - std::max(lo, m_startMs));
    };

    qint64 ms = 0;
    if (da == db) {
        ms = overlap(da, ma, mb);
    } else if (da < db) {
        ms = overlap(da, ma, MsPerDay) + overlap(db, 0, mb)
            + businessDaysIn(da.addDays(1), db.addDays(-1)) * (m_endMs - m_startMs);
    }
    // da > db happens only inside a repeated hour when clocks go back: no wall-clock time passed.
    return double(ms) / double(MsPerHour);
}

// --- text ---------------------------------------------------------------------------------------

QString BusinessCalendar::describe() const
{
    QStringList runs;
    if ((m_dayMask & AllDays) == AllDays) {
        runs << tr(dayNames[0]) + u'-' + tr(dayNames[6]);
    } else {
        // Start after a day off, so a week such as Sun-Thu reads as one run.
        int first = 1;
        while (!(hasDay(m_dayMask, first) && !hasDay(m_dayMask, first == 1 ? 7 : first - 1)))
            ++first;
        int k = 0;
        while (k < 7) {
            const int day = (first - 1 + k) % 7 + 1;
            if (!hasDay(m_dayMask, day)) {
                ++k;
                continue;
            }
            int length = 1;
            while (k + length < 7 && hasDay(m_dayMask, (first - 1 + k + length) % 7 + 1))
                ++length;
            const int last = (day - 1 + length - 1) % 7 + 1;
            if (length >= 3)
                runs << tr(dayNames[day - 1]) + u'-' + tr(dayNames[last - 1]);
            else
                for (int i = 0; i < length; ++i)
                    runs << tr(dayNames[(day - 1 + i) % 7]);
            k += length;
        }
    }

    const qsizetype count = m_holidays.size();
    const QString holidays = count == 0 ? tr("no holidays")
        : count == 1                    ? tr("1 holiday")
                                        : tr("%n holidays", int(count));
    return tr("%1 %2-%3 %4, %5")
        .arg(runs.join(u','), formatTime(m_startMs), formatTime(m_endMs),
            QString::fromUtf8(m_zone.id()), holidays);
}

// --- holidays table -----------------------------------------------------------------------------

Status BusinessCalendar::addHoliday(QSqlDatabase db, QDate day, const QString &name)
{
    if (!day.isValid())
        return fail(ErrorCode::Invalid, tr("Choose a valid date for the holiday."));
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO holidays (day, name) VALUES (?, ?) "
                  "ON CONFLICT (day) DO UPDATE SET name = excluded.name"_s);
    query.addBindValue(day.toString(dayFormat));
    const QString trimmed = name.trimmed();
    query.addBindValue(trimmed.isEmpty() ? QVariant() : QVariant(trimmed));
    if (!query.exec())
        return fail(
            databaseError(query, tr("Cannot save the holiday on %1").arg(day.toString(dayFormat))));
    return {};
}

Status BusinessCalendar::removeHoliday(QSqlDatabase db, QDate day)
{
    if (!day.isValid())
        return fail(ErrorCode::Invalid, tr("Choose a valid date for the holiday to remove."));
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM holidays WHERE day = ?"_s);
    query.addBindValue(day.toString(dayFormat));
    if (!query.exec())
        return fail(databaseError(
            query, tr("Cannot remove the holiday on %1").arg(day.toString(dayFormat))));
    if (query.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound,
            tr("There is no holiday on %1; nothing was removed. List the holidays to see which "
               "days are set.")
                .arg(day.toString(dayFormat)));
    return {};
}

Result<QList<std::pair<QDate, QString>>> BusinessCalendar::listHolidays(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT day, name FROM holidays ORDER BY day"_s))
        return fail(databaseError(query, tr("Cannot read the holidays")));
    QList<std::pair<QDate, QString>> out;
    while (query.next()) {
        const QString text = query.value(0).toString();
        const QDate day = QDate::fromString(text, dayFormat);
        if (!day.isValid())
            return fail(ErrorCode::Invalid,
                tr("The holidays table holds \"%1\", which is not a date written as YYYY-MM-DD; "
                   "correct or delete that row of the holidays table.")
                    .arg(text),
                u"day"_s);
        out.append({day, query.value(1).toString()});
    }
    return out;
}

} // namespace lf
