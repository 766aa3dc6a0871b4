#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
class QSaveFile;
QT_END_NAMESPACE

namespace lf {

/// A file Leadflow writes (an export, an errors file, an .eml, a dashboard image or PDF): checked
/// with FileGuard::checkOutput() before anything happens, written to a temporary file in the same
/// folder and renamed into place by commit(), so the old file stays whole until the new one is.
/// A file that did not exist before is readable by its owner only (0600): exports hold a
/// company's pipeline. A file that existed keeps its permissions.
///
/// Without commit() the temporary file is removed and nothing changes. Not copyable.
class OutputFile
{
public:
    OutputFile();
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// inputs: files the same command reads, which the output must not replace.
    Status open(const QString &path, const QStringList &inputs = {});
    /// The open temporary file; valid between open() and commit().
    QIODevice *device() const;
    /// Flushes, syncs and renames into place. A full disk is reported as such.
    Status commit();
    QString path() const { return m_path; }

    /// Writes data to path in one step (open, write, commit).
    static Status write(
        const QString &path, const QByteArray &data, const QStringList &inputs = {});
    /// An Io error for a failed write to path: "the disk is full" for ENOSPC and EDQUOT.
    static Error writeError(const QString &path, const QString &detail, int errnoValue);

private:
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
};

} // namespace lf
