#pragma once

#include "domain/lead.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace lf {

/// The BANT items a lead can carry (budget, authority, need, timeline).
enum class BantItem { Budget, Authority, Need, Timeline };

QString bantKey(BantItem item); ///< "budget", "authority", "need", "timeline"
std::optional<BantItem> bantFromString(QStringView text);
LeadField bantField(BantItem item);

/// The written agreement between marketing and sales on what a qualified lead is: the ideal and
/// un-ideal customer profile in words, the score at which a lead becomes MQL, the fit grades, what
/// an SQL must have, and the reasons a lead can be lost or disqualified for. Stored versioned: every
/// edit is a new version, older ones stay readable.
struct QualificationDefinition
{
    qint64 version = 0; ///< 0 for a definition not stored yet
    QDateTime createdAt; ///< UTC
    QString actor;

    QString idealProfile;
    QString unidealProfile;
    /// A lead whose score (fit + engagement) reaches this becomes MQL by itself.
    int mqlThreshold = 60;
    bool autoMql = true;
    /// Fit score at or above which a lead is graded A, B, C; below gradeC it is D.
    int gradeA = 50;
    int gradeB = 30;
    int gradeC = 10;
    /// What a lead needs before it can be SQL.
    QList<BantItem> sqlRequires {BantItem::Budget, BantItem::Authority, BantItem::Need};
    QStringList lostReasons;
    QStringList disqualifyReasons;
    QString notes;

    /// The definition Leadflow ships with (also written by the schema migration as version 1).
    static QualificationDefinition shipped();

    Status validate() const;
    QChar grade(int fitScore) const;
    /// BANT items the definition asks for that the lead lacks.
    QList<BantItem> missingForSql(const Lead &lead) const;

    QJsonObject toJson() const; ///< without version, createdAt and actor
    static Result<QualificationDefinition> fromJson(const QJsonObject &object);
    /// The definition as a person reads it (for `qualification show` and the settings page).
    QString toText() const;

    bool operator==(const QualificationDefinition &) const = default;
};

/// Reads and writes the versioned definitions in qualification_definitions.
class QualificationStore
{
public:
    explicit QualificationStore(QSqlDatabase db);

    /// The newest version (the shipped one if the table is empty).
    Result<QualificationDefinition> current() const;
    Result<QualificationDefinition> version(qint64 version) const;
    /// All versions, newest first.
    Result<QList<QualificationDefinition>> versions() const;
    /// Validates and stores definition as a new version; returns it with its version number.
    /// Nothing is written when it equals the current one.
    Result<QualificationDefinition> save(const QualificationDefinition &definition,
        const QString &actor);

private:
    QSqlDatabase m_db;
};

} // namespace lf
