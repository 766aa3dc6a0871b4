#include <QTest>

class TestNurtureservice : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestNurtureservice)
#include "tst_nurtureservice.moc"
