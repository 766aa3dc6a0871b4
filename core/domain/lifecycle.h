#pragma once

#include "stage.h"

#include <QList>

namespace lf {

/// The lead lifecycle's allowed moves, in one place. Everything that changes a stage (the lead
/// service, the pipeline board, routing, automatic MQL) asks here first.
///
///     new ─→ contacted ─→ mql ─→ sql ─→ opportunity ─→ won
///      └──────────┴─────────┴──────┴──────────┴──→ lost (from sql, opportunity)
///     any open stage ─→ nurturing (recycled) ─→ contacted | mql | sql
///     any open stage ─→ disqualified ─→ nurturing (re-opened)
namespace lifecycle {

/// Stages a lead in `from` may move to, in funnel order.
QList<Stage> allowedTargets(Stage from);
bool isAllowed(Stage from, Stage to);
/// Lost and disqualified need a reason from the qualification definition's list.
bool requiresReason(Stage to);
/// "A lead in Won cannot move to Contacted; from Won it can go to: (none)." for a refusal.
QString refusal(Stage from, Stage to);

} // namespace lifecycle

} // namespace lf
