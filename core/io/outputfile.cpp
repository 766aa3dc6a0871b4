#include "outputfile.h"

#include "fileguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutputFile", text);
}

} // namespace

OutputFile::OutputFile() = default;

OutputFile::~OutputFile() = default;

Error OutputFile::writeError(const QString &path, const QString &detail, int errnoValue)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (errnoValue == ENOSPC || errnoValue == EDQUOT)
        return Error {ErrorCode::Io,
            tr("Cannot write %1: the disk is full. Nothing was written; free some space and try "
               "again.")
                .arg(shown),
            path, 0, 0, {}, {}};
    return Error {ErrorCode::Io, tr("Cannot write %1: %2.").arg(shown, detail), path, 0, 0, {}, {}};
}

Status OutputFile::open(const QString &path, const QStringList &inputs)
{
    m_file.reset();
    m_path = path;
    if (auto allowed = FileGuard::checkOutput(path, inputs); !allowed)
        return allowed;
    const bool existed = QFileInfo::exists(path);
    auto file = std::make_unique<QSaveFile>(path);
    errno = 0;
    if (!file->open(QIODevice::WriteOnly))
        return fail(writeError(path, file->errorString(), errno));
    if (!existed && file->handle() >= 0)
        ::fchmod(file->handle(), S_IRUSR | S_IWUSR);
    m_file = std::move(file);
    return {};
}

QIODevice *OutputFile::device() const
{
    return m_file.get();
}

Status OutputFile::commit()
{
    if (!m_file)
        return fail(writeError(m_path, tr("the file is not open"), 0));
    errno = 0;
    const bool flushed = m_file->flush();
    const int flushErrno = errno;
    if (!flushed || m_file->error() != QFileDevice::NoError) {
        const QString detail = m_file->errorString();
        m_file->cancelWriting();
        m_file.reset();
        return fail(writeError(m_path, detail, flushErrno));
    }
    errno = 0;
    if (!m_file->commit()) {
        const int commitErrno = errno;
        const QString detail = m_file->errorString();
        m_file.reset();
        return fail(writeError(m_path, detail, commitErrno));
    }
    m_file.reset();
    return {};
}

Status OutputFile::write(const QString &path, const QByteArray &data, const QStringList &inputs)
{
    OutputFile file;
    if (auto opened = file.open(path, inputs); !opened)
        return opened;
    errno = 0;
    if (file.device()->write(data) != data.size())
        return fail(writeError(path, file.device()->errorString(), errno));
    return file.commit();
}

} // namespace lf
