#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <utility>

namespace lf {

/// Business days, hours and holidays for first-contact deadlines ("4 business hours").
///
/// Business hours are wall-clock hours in the calendar's time zone: 09:00-17:00 is 8 business hours
/// on every business day, including the days clocks change. Holidays are dates in that time zone.
/// A value type: copy it to a worker thread freely; nothing in it touches the database except the
/// static functions and load()/save(), which use the connection they are given.
class BusinessCalendar
{
public:
    /// Mon-Fri 09:00-17:00 in the system time zone, no holidays, a default SLA of 4 hours.
    BusinessCalendar();

    /// Settings keys (kept with lf::Settings in the database): the time zone as an IANA id (empty
    /// for the system time zone), the ISO weekdays ("1,2,3,4,5"), the opening hours
    /// ("09:00-17:00") and the default first-contact deadline in business hours ("4").
    static inline const QString TimeZoneKey = QStringLiteral("sla.time_zone");
    static inline const QString DaysKey = QStringLiteral("sla.business_days");
    static inline const QString HoursKey = QStringLiteral("sla.business_hours");
    static inline const QString DefaultHoursKey = QStringLiteral("sla.default_hours");

    /// How many calendar days addBusinessHours() walks before it gives up (about ten years).
    static constexpr int MaxWalkDays = 3660;

    /// The calendar from the settings (unset keys keep their defaults) and the holidays table.
    /// A stored value that cannot be used is an Invalid error whose message and field name the key.
    static Result<BusinessCalendar> load(QSqlDatabase db);
    /// Writes the four settings in one transaction; the holidays table is not touched.
    Status save(QSqlDatabase db) const;

    /// An invalid zone means the system time zone (saved as an empty sla.time_zone).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    /// True when the calendar follows the system time zone rather than a named one.
    bool usesSystemTimeZone() const { return m_systemZone; }

    /// ISO weekdays (1 = Monday ... 7 = Sunday); refuses an empty list and numbers outside 1-7.
    /// Duplicates are dropped; businessDays() is sorted.
    Status setBusinessDays(const QList<int> &isoDays);
    QList<int> businessDays() const;

    /// Opening and closing time of a business day; start must come before end on the same day.
    Status setHours(QTime start, QTime end);
    QTime start() const { return QTime::fromMSecsSinceStartOfDay(m_startMs); }
    QTime end() const { return QTime::fromMSecsSinceStartOfDay(m_endMs); }

    void setHolidays(const QSet<QDate> &days) { m_holidays = days; }
    QSet<QDate> holidays() const { return m_holidays; }

    /// The first-contact deadline in business hours for leads whose rule sets none.
    double defaultSlaHours() const { return m_defaultHours; }
    /// Refuses zero, negative and non-finite values.
    Status setDefaultSlaHours(double hours);

    /// True on a business day that is not a holiday, from opening time (inclusive) to closing time
    /// (exclusive), in the calendar's time zone. False for an invalid time.
    bool isBusinessTime(const QDateTime &t) const;

    /// The moment `hours` business hours after `from` (any time spec in; UTC out). Counting starts
    /// at the next business moment when `from` is outside business hours (so 0 hours gives that
    /// moment); a deadline that ends exactly at closing time stays there. Hours are rounded to the
    /// millisecond. Walks at most one step per calendar day; returns an invalid QDateTime when
    /// `from` is invalid, `hours` is negative or not finite, or the deadline lies more than
    /// MaxWalkDays days after `from` (for instance when holidays cover years).
    /// A deadline whose local time falls in a daylight-saving gap moves forward by the gap.
    QDateTime addBusinessHours(const QDateTime &from, double hours) const;

    /// Business hours between two moments (0 when b <= a or either is invalid). The inverse of
    /// addBusinessHours(): businessHoursBetween(a, addBusinessHours(a, h)) == h. Does not walk day
    /// by day, so long spans cost no more than short ones (plus one look at each holiday).
    double businessHoursBetween(const QDateTime &a, const QDateTime &b) const;

    /// "Mon-Fri 09:00-17:00 Europe/Berlin, 3 holidays", for messages.
    QString describe() const;

    /// Adds a holiday (or renames the one on that day) in the holidays table.
    static Status addHoliday(QSqlDatabase db, QDate day, const QString &name);
    /// NotFound when there is no holiday on that day.
    static Status removeHoliday(QSqlDatabase db, QDate day);
    /// Every holiday with its name, by date.
    static Result<QList<std::pair<QDate, QString>>> listHolidays(QSqlDatabase db);

private:
    bool isBusinessDay(QDate day) const;
    qint64 businessDaysIn(QDate first, QDate last) const;
    QDateTime toUtc(QDate day, qint64 msOfDay) const;

    QTimeZone m_zone;
    bool m_systemZone = true;
    quint8 m_dayMask = 0; ///< bit d set for ISO weekday d (1-7)
    qint64 m_startMs = 0; ///< opening time, milliseconds since midnight
    qint64 m_endMs = 0; ///< closing time, milliseconds since midnight
    QSet<QDate> m_holidays;
    double m_defaultHours = 4.0;
};

} // namespace lf
