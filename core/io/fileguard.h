#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lf {

/// The checks every file Leadflow reads or writes by a name a person gave goes through first.
///
/// - Reading a file that is an open database of this process (or its -wal, -shm or -journal)
///   would drop SQLite's locks on it (see DatabaseFiles); checkInput() refuses it.
/// - Writing over such a file, over a file being read by the same command, or over a folder would
///   destroy it; checkOutput() refuses it. Names are compared after symbolic links are resolved,
///   and files by inode, so another name of the same file is refused too.
///
/// Both return ErrorCode::Refused with the file named, before anything is opened or written.
class FileGuard
{
public:
    static Status checkInput(const QString &path);
    /// inputs: the files the same command reads (an import's CSV for its errors file).
    static Status checkOutput(const QString &path, const QStringList &inputs = {});
    /// The whole of a small file (JSON settings, rates), after checkInput(); Io with the reason
    /// when it cannot be read.
    static Result<QByteArray> readAll(const QString &path);
    /// Whether a and b name the same file (after links; by inode when both exist).
    static bool sameFile(const QString &a, const QString &b);
};

} // namespace lf
