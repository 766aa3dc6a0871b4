#include <QTest>

class TestUserservice : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestUserservice)
#include "tst_userservice.moc"
