#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace lf {

/// Long write work on a database (an import) announces itself in a small file beside it
/// (DATABASE-activity), so that another writer who has to wait knows why and waits for it instead
/// of failing after the usual five seconds with "database is locked".
///
/// Database installs waitWhileBusy() as SQLite's busy handler of every connection.
class WriterActivity
{
public:
    /// Announces work on the database at path for as long as this lives (the marker is removed on
    /// destruction; one left by a killed process is ignored, since its process is gone).
    WriterActivity(const QString &databasePath, const QString &description);
    ~WriterActivity();
    WriterActivity(const WriterActivity &) = delete;
    WriterActivity &operator=(const WriterActivity &) = delete;

    static QString markerPath(const QString &databasePath);
    /// The work another live process announced on the database ("importing leads.csv for ann
    /// since 14:02"), or nullopt.
    static std::optional<QString> running(const QString &databasePath);

    /// Told once per wait what the wait is for (the CLI prints it; the GUI may show it).
    static void setNotice(std::function<void(const QString &)> notice);

    /// SQLite busy handler: waits up to five seconds, and as long as announced work of another
    /// live process runs (up to an hour), telling the notice once. context is the database path,
    /// as a QString that outlives the connection.
    static int waitWhileBusy(void *context, int attempt);

private:
    QString m_marker;
};

} // namespace lf
