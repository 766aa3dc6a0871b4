#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Leadflow"));
    QCoreApplication::setOrganizationName(QStringLiteral("Leadflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADFLOW_VERSION));
    return lf::cli::run(QCoreApplication::arguments());
}
