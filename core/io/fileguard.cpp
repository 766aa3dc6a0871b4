#include "fileguard.h"

#include "storage/databasefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileGuard", text);
}

Error refused(const QString &path, const QString &message)
{
    return Error {ErrorCode::Refused, message, path, 0, 0, {}, {}};
}

} // namespace

bool FileGuard::sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (DatabaseFiles::resolvedPath(a) == DatabaseFiles::resolvedPath(b))
        return true;
    struct stat first;
    struct stat second;
    return ::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev
        && first.st_ino == second.st_ino;
}

Status FileGuard::checkInput(const QString &path)
{
    const QString database = DatabaseFiles::owner(path);
    if (database.isEmpty())
        return {};
    return fail(refused(path,
        tr("%1 is a file of the open database %2; Leadflow does not read it as an input file.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(database))));
}

Status FileGuard::checkOutput(const QString &path, const QStringList &inputs)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return fail(refused(path, tr("No file name was given to write to.")));
    if (QFileInfo(path).isDir())
        return fail(refused(path, tr("%1 is a folder; give a file name to write to.").arg(shown)));
    if (const QString database = DatabaseFiles::owner(path); !database.isEmpty())
        return fail(refused(path,
            tr("%1 is a file of the open database %2; writing there would destroy the "
               "database. Nothing was written: choose another file name.")
                .arg(shown, QDir::toNativeSeparators(database))));
    for (const QString &input : inputs) {
        if (sameFile(path, input))
            return fail(refused(path,
                tr("%1 is the file being read; writing there would destroy it. Nothing was "
                   "written: choose another file name.")
                    .arg(shown)));
    }
    return {};
}

Result<QByteArray> FileGuard::readAll(const QString &path)
{
    if (auto allowed = checkInput(path); !allowed)
        return fail(allowed.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error {ErrorCode::Io,
            tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()), path,
            0, 0, {}, {}});
    return file.readAll();
}

} // namespace lf
