#pragma once

// Being written: funnel, KPIs, forecast and the reverse-funnel planner.
