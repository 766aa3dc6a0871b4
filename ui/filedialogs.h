#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QFileDialog;
class QWidget;
QT_END_NAMESPACE

namespace lf {

/// The open and save dialogs of every page. They never open a file to show it: icons and the type
/// column come from the name alone.
///
/// The stock dialogs guess a file's type from its first bytes (Qt's widget dialog for a name
/// without a known extension, such as a database's -wal and -shm files; a native GTK dialog for
/// every file), and that open and close inside this process drops SQLite's locks on the open
/// database (see DatabaseFiles): another process then deletes its -wal and -shm and later writes
/// are lost. These dialogs are always Qt's own, with a name-only icon provider.
class FileDialogs
{
public:
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);

    /// A dialog set up as above, for callers (and tests) that show it themselves. Owned by parent.
    static QFileDialog *create(
        QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
};

} // namespace lf
