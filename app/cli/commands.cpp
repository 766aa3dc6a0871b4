#include "commands.h"

#include "cli.h"
#include "storage/writeractivity.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf::cli {

namespace {

const QList<Command> &commands()
{
    static const QList<Command> table = [] {
        QList<Command> all;
        all << leadCommands() << importCommands() << scoringCommands() << routingCommands()
            << nurtureCommands() << metricsCommands() << automationCommands();
        return all;
    }();
    return table;
}

QString generalHelp()
{
    QString text = tr("Usage: leadflow-cli [--db PATH] COMMAND [options] [arguments]\n\n"
                      "Leadflow lead manager, command line. Every command works on one database "
                      "file (--db).\n\nCommands:\n");
    for (const Command &command : commands())
        text += u"  %1  %2\n"_s.arg(command.name.leftJustified(10), command.summary);
    text += u"\n"_s + tr("`leadflow-cli COMMAND --help` shows a command's options.") + u"\n"_s;
    return text;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    // A command that has to wait for another's import says so once, on stderr.
    WriterActivity::setNotice(
        [](const QString &notice) { QTextStream(stderr) << "leadflow-cli: " << notice << '\n'; });
    // The command is the first argument that is neither an option nor the value of --db.
    qsizetype commandIndex = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--db"_s) {
            ++i;
            continue;
        }
        if (!argument.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        if (arguments.contains(u"--version"_s)) {
            out << "leadflow-cli " << QCoreApplication::applicationVersion() << '\n';
            return Success;
        }
        const bool askedForHelp = arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s);
        (askedForHelp ? out : err) << generalHelp();
        return askedForHelp ? Success : Usage;
    }
    QString name = arguments[commandIndex];
    QStringList rest = arguments;
    if (name == u"help"_s) {
        if (commandIndex + 1 >= arguments.size()) {
            out << generalHelp();
            return Success;
        }
        name = arguments[commandIndex + 1];
        rest = {arguments[0], name, u"--help"_s};
        commandIndex = 1;
    }
    const auto &table = commands();
    const auto command = std::find_if(
        table.cbegin(), table.cend(), [&](const Command &c) { return c.name == name; });
    if (command == table.cend()) {
        err << "leadflow-cli: " << tr("Unknown command \"%1\".").arg(name) << "\n\n"
            << generalHelp();
        return Usage;
    }

    Context ctx;
    ctx.parser.setApplicationDescription(command->summary);
    ctx.parser.addOption(dbOption());
    ctx.parser.addOption(helpOption());
    command->addOptions(ctx.parser);
    ctx.parser.addPositionalArgument(
        command->name, command->summary, (command->name + u' ' + command->arguments).trimmed());
    rest.removeAt(commandIndex);
    if (!ctx.parser.parse(rest))
        return ctx.error(ctx.parser.errorText(), Usage);
    if (ctx.parser.isSet(helpOption())) {
        QString help = ctx.parser.helpText();
        help.replace(u"[options] "_s + command->name, u"[options]"_s);
        help.replace(QCoreApplication::applicationFilePath().section(u'/', -1) + u" "_s,
            u"leadflow-cli "_s + command->name + u" "_s);
        out << help;
        return Success;
    }
    ctx.arguments = ctx.parser.positionalArguments();
    const int code = command->run(ctx);
    ctx.out.flush();
    // The services hold the connection; drop them before the database removes it.
    ctx.leads.reset();
    ctx.database.reset();
    return code;
}

} // namespace lf::cli
