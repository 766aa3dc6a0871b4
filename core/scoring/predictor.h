#pragma once

#include "domain/lead.h"
#include "domain/leadfield.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace lf {

/// One field's part of a prediction.
struct FieldEvidence
{
    LeadField field = LeadField::Industry;
    QString value; ///< the lead's value as bucketed (Predictor::bucket); "" when it has none
    qint64 wonWithValue = 0; ///< won leads in history with this value
    qint64 lostWithValue = 0; ///< lost leads in history with this value
    double likelihoodWon = 0; ///< smoothed P(value | won)
    double likelihoodLost = 0; ///< smoothed P(value | lost)
    double ratio = 1; ///< likelihoodWon / likelihoodLost; above 1 pushes towards won
};

/// A predictive score: how likely a lead is to be won, judged by the base's own won/lost history.
struct Prediction
{
    bool available = false; ///< false when history is too thin to predict
    QString reason; ///< why not available, one sentence for a manager; empty when available
    double probabilityWon = 0; ///< 0..1, posterior P(won | the lead's values)
    double priorWon = 0; ///< share of won among the closed (won or lost) leads in history
    QList<FieldEvidence> evidence; ///< one per field, in the order of Options::fields
};

/// Naive Bayes over the won and lost leads in the database (not deleted ones): for every chosen
/// field, how often each value occurs among won and among lost leads, with additive (Laplace)
/// smoothing, as Odoo's predictive lead scoring does.
///
/// P(v | c) = (count(v, c) + alpha) / (count(c) + alpha * K), where K is the number of distinct
/// values of the field in the history plus one for values never seen. Values are bucketed
/// (bucket()): text case-folded and trimmed, employee counts in bands.
///
/// A trained Predictor is a plain value: it keeps the counts, not the connection.
class Predictor
{
public:
    struct Options
    {
        QList<LeadField> fields {LeadField::Industry, LeadField::Country, LeadField::Source,
            LeadField::EmployeeCount, LeadField::Title};
        double alpha = 1.0; ///< additive smoothing, > 0
        qint64 minClosed = 20; ///< fewer closed (won + lost) leads: no prediction
        qint64 minPerClass = 5; ///< fewer won or fewer lost leads: no prediction (at least 1)
    };

    /// Counts the history on db: one GROUP BY query per field over the leads that are won or lost
    /// and not deleted. Fails (ErrorCode::Invalid) for options that cannot be trained on — a field
    /// given twice, the stage itself, custom fields, alpha not above 0 — or when the database
    /// cannot be read. Thin history is not an error: the Predictor says it is not available.
    static Result<Predictor> train(QSqlDatabase db, const Options &options);
    static Result<Predictor> train(QSqlDatabase db) { return train(std::move(db), Options()); }

    /// The prediction for lead (its stage is not looked at). Not available, with the reason, when
    /// the history was too thin.
    Prediction predict(const Lead &lead) const;

    qint64 wonCount() const { return m_won; } ///< won leads in the history trained on
    qint64 lostCount() const { return m_lost; } ///< lost leads in the history trained on
    bool isAvailable() const { return m_reason.isEmpty(); }
    QString unavailableReason() const { return m_reason; } ///< empty when available
    const Options &options() const { return m_options; }

    /// The value a lead is counted under for field: text fields case-folded and trimmed,
    /// EmployeeCount in bands ("1-10", "11-50", "51-200", "201-500", "501-1000", "1001+"; counts
    /// under 1 fall in "1-10"), other fields as displayed (money "1234.50", times ISO 8601).
    /// "" when the lead has no value.
    static QString bucket(LeadField field, const Lead &lead);

private:
    struct Counts
    {
        qint64 won = 0;
        qint64 lost = 0;
    };

    Predictor() = default;

    Options m_options;
    QList<QHash<QString, Counts>> m_counts; ///< per field of m_options.fields: bucket → counts
    qint64 m_won = 0;
    qint64 m_lost = 0;
    QString m_reason;
};

} // namespace lf
