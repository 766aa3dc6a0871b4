#pragma once

#include <QString>

namespace lf {

/// The database files this process has open through SQLite, so that nothing else in the process
/// opens them.
///
/// SQLite's locks on Unix are POSIX advisory locks, and those belong to the process: when any code
/// of the process opens and closes a file that SQLite has open (a header check, a CSV reader, a
/// file dialog guessing a type, an export over it), every lock SQLite holds on that file is gone.
/// Another process then takes the database for its own, checkpoints and deletes the -wal and -shm
/// files under the open connection, and later writes are lost or corrupt the file. Every path in
/// Leadflow that opens a file by a name a person gave first asks contains() and refuses.
///
/// Thread-safe. Registrations are counted: a file opened twice stays registered until both close.
class DatabaseFiles
{
public:
    /// Registers the database at path (a file that exists) as open in this process.
    static void add(const QString &path);
    /// Undoes one add() of path.
    static void remove(const QString &path);

    /// The open database that path is, or is a file of (its -wal, -shm or -journal, by name or by
    /// the same inode, through symbolic and hard links); empty when path is none of them.
    static QString owner(const QString &path);
    static bool contains(const QString &path) { return !owner(path).isEmpty(); }

    /// The absolute path with every symbolic link of the folders (and of the file, when it
    /// exists) resolved, so that two names of one file compare equal.
    static QString resolvedPath(const QString &path);
};

} // namespace lf
