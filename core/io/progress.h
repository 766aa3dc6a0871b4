#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace lf {

/// How a long operation (import, export, rescoring) reports progress and learns it was cancelled.
/// The GUI connects it to a progress bar, the CLI to a progress line on a terminal. Callbacks run
/// on the thread doing the work; a GUI forwards them with a queued signal.
struct Progress
{
    /// done and total in the operation's unit (bytes for imports); total -1 when unknown.
    std::function<void(qint64 done, qint64 total)> report;
    /// Set from any thread to cancel; the operation stops at its next check and undoes its work.
    std::atomic<bool> cancelled {false};

    void update(qint64 done, qint64 total) const
    {
        if (report)
            report(done, total);
    }
    bool isCancelled() const { return cancelled.load(std::memory_order_relaxed); }
};

} // namespace lf
