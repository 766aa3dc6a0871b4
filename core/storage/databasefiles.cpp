#include "databasefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool valid = false;
    bool operator==(const FileId &other) const
    {
        return valid && other.valid && device == other.device && inode == other.inode;
    }
};

FileId fileId(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return FileId {info.st_dev, info.st_ino, true};
}

const QStringList &companionSuffixes()
{
    static const QStringList suffixes {u"-wal"_s, u"-shm"_s, u"-journal"_s, u"-activity"_s};
    return suffixes;
}

struct Registry
{
    QMutex mutex;
    QHash<QString, int> counts; ///< resolved path → open count
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

QString DatabaseFiles::resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder + u'/' + info.fileName();
}

void DatabaseFiles::add(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    ++r.counts[resolvedPath(path)];
}

void DatabaseFiles::remove(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const auto it = r.counts.find(resolvedPath(path));
    if (it != r.counts.end() && --it.value() <= 0)
        r.counts.erase(it);
}

QString DatabaseFiles::owner(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (r.counts.isEmpty() || path.isEmpty())
        return {};
    const QString name = resolvedPath(path);
    const FileId id = fileId(name);
    for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it) {
        const QString &database = it.key();
        if (name == database || id == fileId(database))
            return database;
        for (const QString &suffix : companionSuffixes()) {
            if (name == database + suffix || id == fileId(database + suffix))
                return database;
        }
    }
    return {};
}

} // namespace lf
