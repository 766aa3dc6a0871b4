// Reads a CSV file with lf::CsvReader and prints records, seconds, MB/s and peak RSS.
//
//   bench_csvreader FILE [--compare]
//
// --compare also times Python's csv module and sqlite3's ".import --csv" on the same file, for
// reference. Generate a data set with
//   python3 ../shared/tools/make-dataset.py --rows 200000 --touchpoints 0 --seed 1 /tmp/ds200k

#include "io/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

/// Peak resident set size in KiB (VmHWM), or -1.
qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so read them whole rather than testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Runs a reference tool and returns its wall time in seconds, or nothing when it failed.
std::optional<double> timeProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return std::nullopt;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    const bool compare = args.removeAll(u"--compare"_s) > 0;
    if (args.size() != 1) {
        out << "usage: bench_csvreader FILE [--compare]\n";
        return 2;
    }
    const QString path = args.first();
    const double megabytes = double(QFileInfo(path).size()) / 1e6;

    QElapsedTimer timer;
    timer.start();
    lf::CsvReader reader;
    if (auto opened = reader.open(path); !opened) {
        out << opened.error().toString() << '\n';
        return 1;
    }
    lf::CsvRecord record;
    qint64 records = 0;
    qint64 fields = 0;
    qint64 characters = 0; // touches every field, so nothing is optimised away
    for (;;) {
        auto read = reader.readRecord(record);
        if (!read) {
            out << read.error().toString() << '\n';
            return 1;
        }
        if (!*read)
            break;
        ++records;
        fields += record.size();
        for (qsizetype i = 0; i < record.size(); ++i)
            characters += record.field(i).size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    out << "file        " << path << " (" << QString::number(megabytes, 'f', 1) << " MB, "
        << reader.encoding() << ", delimiter '" << reader.delimiter() << "')\n";
    out << "records     " << records << " (" << fields << " fields, " << characters
        << " characters)\n";
    out << "seconds     " << QString::number(seconds, 'f', 3) << '\n';
    out << "MB/s        " << QString::number(megabytes / seconds, 'f', 1) << '\n';
    out << "peak RSS    " << QString::number(double(peakRssKiB()) / 1024.0, 'f', 1) << " MiB\n";

    if (compare) {
        out.flush();
        const auto python = timeProcess(u"python3"_s,
            {u"-c"_s,
                u"import csv,sys\n"
                u"n=0\n"
                u"with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                u"    for r in csv.reader(f): n+=1\n"
                u"print(n)"_s,
                path});
        const auto sqlite =
            timeProcess(u"sqlite3"_s, {u":memory:"_s, u".import --csv '%1' t"_s.arg(path)});
        auto show = [&](const char *name, std::optional<double> s) {
            out << name;
            if (s)
                out << QString::number(*s, 'f', 3) << " s, "
                    << QString::number(megabytes / *s, 'f', 1) << " MB/s\n";
            else
                out << "not available\n";
        };
        show("python csv  ", python);
        show("sqlite3     ", sqlite);
    }
    return 0;
}
