#pragma once

// Shared pieces of leadflow-cli's commands: the context a command runs in, common options and
// argument parsing. Each command group lives in its own file and lists its commands in a
// function declared at the end.

#include "leads/leadservice.h"
#include "output.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace lf::cli {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

QString tr(const char *text);

struct Context
{
    QCommandLineParser parser;
    QStringList arguments; ///< positional arguments after the command name
    QTextStream out {stdout};
    QTextStream err {stderr};
    std::unique_ptr<Database> database;
    std::unique_ptr<LeadService> leads;

    /// Prints "leadflow-cli: message" on stderr and returns code.
    int error(const QString &message, int code = Failure);
    /// Invalid input is a usage error (2), everything else a failure (1).
    int error(const Error &e);
};

struct Command
{
    QString name;
    QString arguments; ///< synopsis of positional arguments
    QString summary;
    void (*addOptions)(QCommandLineParser &);
    int (*run)(Context &);
};

const QCommandLineOption &dbOption();
const QCommandLineOption &helpOption();
const QCommandLineOption &formatOption();

/// Opens the database named by --db (else $LEADFLOW_DB, else the default); only init creates a
/// missing file. Prints the error and returns its exit code on failure.
/// A writable database that still owes the rescoring of an interrupted import or undo gets it
/// first (PendingWork), with a line on stderr.
/// finishOwed false leaves owed work to the caller (the automation pass does it at its --now).
int openDatabase(Context &ctx, bool create, bool finishOwed = true);
/// The database file --db, $LEADFLOW_DB or the default names.
QString databasePath(const QCommandLineParser &parser);
/// The owed work of openDatabase(), for commands that open the database another way.
int finishOwedWork(Context &ctx);
/// --format as a Format; prints a usage error and returns nullopt for an unknown one.
std::optional<Format> parseFormat(Context &ctx);
Result<qint64> parseId(const QString &text);
/// "first_name=Ada" "email=ada@example.com" → changes; the field names as `fields` lists them.
Result<LeadChanges> parseAssignments(const QStringList &assignments);
void printLead(Context &ctx, const Lead &lead, Format format);
/// User id → name, for showing owners (empty when the users cannot be read).
QHash<qint64, QString> ownerNames(Context &ctx);

/// The filter and sort options of `list` (also used by `export`).
void addQueryOptions(QCommandLineParser &parser);
Result<LeadQuery> parseQuery(const QCommandLineParser &parser);

void noOptions(QCommandLineParser &parser);
void formatOnly(QCommandLineParser &parser);

QList<Command> leadCommands(); ///< init, fields, add, show, list, update, delete, restore, history
QList<Command> importCommands(); ///< preview, import, imports, undo-import, export
/// stage, touch, timeline, rules, rescore, explain, backtest, qualification
QList<Command> scoringCommands();
/// sequences, enrol, tasks, mail
QList<Command> nurtureCommands();
/// users, routing, route, assign, why-owner, accept, reject, recycle, sla
QList<Command> routingCommands();
/// report, plan
QList<Command> metricsCommands();
/// automation run|status
QList<Command> automationCommands();

/// Rescores every lead and prints one line with the totals (after imports and rule changes).
int rescoreEveryLead(Context &ctx);

} // namespace lf::cli
