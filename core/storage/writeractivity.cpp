#include "writeractivity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WriterActivity", text);
}

QMutex noticeMutex;
std::function<void(const QString &)> &noticeFunction()
{
    static std::function<void(const QString &)> function;
    return function;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

constexpr int kPauseMs = 20;
constexpr int kPlainWaitMs = 5000;
constexpr int kAnnouncedWaitMs = 60 * 60 * 1000;

} // namespace

WriterActivity::WriterActivity(const QString &databasePath, const QString &description)
    : m_marker(markerPath(databasePath))
{
    const QJsonObject object {{u"pid"_s, qint64(::getpid())}, {u"what"_s, description},
        {u"since"_s, QDateTime::currentDateTime().toString(u"HH:mm"_s)}};
    QFile file(m_marker);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ::fchmod(file.handle(), S_IRUSR | S_IWUSR);
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
}

WriterActivity::~WriterActivity()
{
    QFile file(m_marker);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        if (object.value(u"pid"_s).toInteger() == ::getpid())
            QFile::remove(m_marker);
    }
}

QString WriterActivity::markerPath(const QString &databasePath)
{
    return databasePath + u"-activity"_s;
}

std::optional<QString> WriterActivity::running(const QString &databasePath)
{
    QFile file(markerPath(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const qint64 pid = object.value(u"pid"_s).toInteger();
    if (pid == ::getpid() || !processAlive(pid))
        return std::nullopt;
    return tr("%1 since %2")
        .arg(object.value(u"what"_s).toString(), object.value(u"since"_s).toString());
}

void WriterActivity::setNotice(std::function<void(const QString &)> notice)
{
    const QMutexLocker lock(&noticeMutex);
    noticeFunction() = std::move(notice);
}

int WriterActivity::waitWhileBusy(void *context, int attempt)
{
    const qint64 waited = qint64(attempt) * kPauseMs;
    if (waited >= kAnnouncedWaitMs)
        return 0;
    if (waited >= kPlainWaitMs) {
        // Past the usual wait: go on only while announced work of a live process holds the lock.
        if (attempt % 50 == 0 || waited == kPlainWaitMs) {
            const auto *path = static_cast<const QString *>(context);
            const auto work = running(*path);
            if (!work)
                return 0;
            if (waited < kPlainWaitMs + kPauseMs) {
                const QMutexLocker lock(&noticeMutex);
                if (noticeFunction())
                    noticeFunction()(tr("%1 is running on this database; waiting…").arg(*work));
            }
        }
    }
    QThread::msleep(kPauseMs);
    return 1;
}

} // namespace lf
