#include "firstrundialog.h"

#include "icons.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

QString askedKey()
{
    return u"firstRun/asked"_s;
}

} // namespace

FirstRunDialog::FirstRunDialog(bool sampleAvailable, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"FirstRunDialog"_s);
    setWindowTitle(tr("Welcome to Leadflow"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *logo = new QLabel;
    logo->setPixmap(icon(IconKind::Application).pixmap(48, 48));
    logo->setAlignment(Qt::AlignTop);
    header->addWidget(logo);
    auto *welcome =
        new QLabel(tr("<h3>Welcome to Leadflow</h3>"
                      "<p>Your lead database is empty. How would you like to start?</p>"));
    welcome->setWordWrap(true);
    header->addWidget(welcome, 1);
    layout->addLayout(header);

    m_sampleButton = new QCommandLinkButton(tr("Load sample leads"));
    m_sampleButton->setObjectName(u"sampleButton"_s);
    if (sampleAvailable) {
        m_sampleButton->setDescription(
            tr("A realistic set of made-up leads, to look around and try "
               "things out. You can delete them later."));
    } else {
        m_sampleButton->setDescription(tr("The sample leads are not part of this build."));
        m_sampleButton->setEnabled(false);
    }
    connect(
        m_sampleButton, &QCommandLinkButton::clicked, this, [this] { choose(Choice::LoadSample); });
    layout->addWidget(m_sampleButton);

    m_emptyButton = new QCommandLinkButton(tr("Start empty"));
    m_emptyButton->setObjectName(u"emptyButton"_s);
    m_emptyButton->setDescription(tr("Add your own leads as they come in."));
    connect(
        m_emptyButton, &QCommandLinkButton::clicked, this, [this] { choose(Choice::StartEmpty); });
    layout->addWidget(m_emptyButton);

    (sampleAvailable ? m_sampleButton : m_emptyButton)->setDefault(true);
    (sampleAvailable ? m_sampleButton : m_emptyButton)->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QCommandLinkButton *FirstRunDialog::button(Choice choice) const
{
    return choice == Choice::LoadSample ? m_sampleButton : m_emptyButton;
}

void FirstRunDialog::choose(Choice choice)
{
    m_choice = choice;
    emit chosen(choice);
    accept();
}

bool FirstRunDialog::shouldAsk(qint64 leadCount)
{
    return leadCount == 0 && !QSettings().value(askedKey(), false).toBool();
}

void FirstRunDialog::rememberAsked()
{
    QSettings().setValue(askedKey(), true);
}

} // namespace lf
