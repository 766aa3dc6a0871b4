#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace lf {

/// Lifecycle stage of a lead. Stored in the database by its key ("new", "mql", ...).
enum class Stage {
    New,
    Contacted,
    Mql,
    Sql,
    Opportunity,
    Won,
    Lost,
    Nurturing, ///< recycled to marketing, being nurtured
    Disqualified,
};

/// All stages in funnel order (nurturing and disqualified last).
QList<Stage> allStages();
/// Stable storage key: "new", "contacted", "mql", "sql", "opportunity", "won", "lost", "nurturing",
/// "disqualified".
QString stageKey(Stage stage);
/// Parses a key or a label, case-insensitively ("MQL", "Sales qualified", "sql").
std::optional<Stage> stageFromString(QStringView text);
/// Translated label for people ("Marketing qualified").
QString stageLabel(Stage stage);
/// Won, lost and disqualified end a lead's journey.
bool isClosedStage(Stage stage);

} // namespace lf
