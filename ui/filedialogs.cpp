#include "filedialogs.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QMimeDatabase>

namespace lf {

namespace {

/// Icons and type names from the file name only; QFileIconProvider's own reads content when the
/// name does not settle the type.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(QFileIconProvider::Folder);
        const QMimeType type = m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        const QIcon themed = QIcon::fromTheme(type.iconName());
        return themed.isNull() ? QFileIconProvider::icon(QFileIconProvider::File) : themed;
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::type(info);
        return m_mime.mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }

private:
    QMimeDatabase m_mime;
};

} // namespace

QFileDialog *FileDialogs::create(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    auto *dialog = new QFileDialog(parent, caption, folder, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    dialog->setOption(QFileDialog::DontUseCustomDirectoryIcons, true);
    auto *provider = new NameOnlyIconProvider;
    dialog->setIconProvider(provider);
    QObject::connect(dialog, &QObject::destroyed, dialog, [provider] { delete provider; });
    return dialog;
}

QString FileDialogs::openFileName(
    QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, folder, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    const QString path = accepted && !dialog->selectedFiles().isEmpty()
        ? dialog->selectedFiles().constFirst()
        : QString();
    delete dialog;
    return path;
}

QString FileDialogs::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, QString(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    if (!suggested.isEmpty())
        dialog->selectFile(suggested);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    const QString path = accepted && !dialog->selectedFiles().isEmpty()
        ? dialog->selectedFiles().constFirst()
        : QString();
    delete dialog;
    return path;
}

} // namespace lf
