package gov.clearance.screening.matching;

import java.util.List;
import java.util.Set;

/** A small screening list of real Consolidated Screening List names (keys are made up). */
final class ScreeningListFixture {

    static final ListedParty HUAWEI = new ListedParty("EL-HUAWEI", "Entity List", "Huawei Technologies Co., Ltd.",
            List.of("Huawei"), Set.of("CN"));
    static final ListedParty HIKVISION = new ListedParty("EL-HIKVISION", "Entity List",
            "Hangzhou Hikvision Digital Technology Co., Ltd.", List.of(), Set.of("CN"));
    static final ListedParty ROSNEFT = new ListedParty("SDN-ROSNEFT", "SDN",
            "Open Joint-Stock Company Rosneft Oil Company", List.of("ROSNEFT OIL COMPANY", "OJSC ROSNEFT OIL COMPANY"),
            Set.of("RU"));
    static final ListedParty SUKHOI = new ListedParty("EL-SUKHOI", "Entity List",
            "Joint Stock Company Sukhoi Aviation", List.of("Sukhoi Company (JSC)"), Set.of("RU"));
    static final ListedParty MAHAN_AIR = new ListedParty("SDN-MAHAN", "SDN", "MAHAN AIR",
            List.of("MAHAN AIRLINES", "MAHAN AIRWAYS"), Set.of("IR"));
    static final ListedParty IRGC = new ListedParty("SDN-IRGC", "SDN", "ISLAMIC REVOLUTIONARY GUARD CORPS",
            List.of("IRGC", "ARMY OF THE GUARDIANS OF THE ISLAMIC REVOLUTION", "PASDARAN"), Set.of("IR"));
    static final ListedParty HIZBALLAH = new ListedParty("SDN-HIZBALLAH", "SDN", "HIZBALLAH",
            List.of("HEZBOLLAH", "HIZBULLAH", "PARTY OF GOD", "ISLAMIC JIHAD ORGANIZATION"), Set.of());
    static final ListedParty PDVSA = new ListedParty("SDN-PDVSA", "SDN", "PETROLEOS DE VENEZUELA, S.A.",
            List.of("PDVSA"), Set.of("VE"));
    static final ListedParty KIM_JONG_UN = new ListedParty("SDN-KIMJU", "SDN", "KIM, Jong Un", List.of(),
            Set.of("KP"));
    static final ListedParty PUTIN = new ListedParty("SDN-PUTIN", "SDN", "PUTIN, Vladimir Vladimirovich",
            List.of(), Set.of("RU"));
    static final ListedParty ABU_MARZOOK = new ListedParty("SDN-MARZOOK", "SDN", "ABU MARZOOK, Mousa Mohammed",
            List.of("ABU-MARZUQ, Sa'id", "ABU-'UMAR"), Set.of("EG"));
    static final ListedParty DEIF = new ListedParty("SDN-DEIF", "SDN", "DEIF, Mohammed",
            List.of("DAYF, Muhammad", "AL-MASRI, Mohammed Diab Ibrahim"), Set.of("PS"));
    static final ListedParty NASRALLAH = new ListedParty("SDN-NASRALLAH", "SDN", "NASRALLAH, Hasan",
            List.of(), Set.of("LB"));
    static final ListedParty QUSAY = new ListedParty("SDN-QUSAY", "SDN", "AL-TIKRITI, Qusay Saddam Hussein",
            List.of("HUSSEIN, Qusay Saddam"), Set.of("IQ"));
    static final ListedParty SOLEIMANI = new ListedParty("SDN-SOLEIMANI", "SDN", "SOLEIMANI, Qasem",
            List.of("SOLEIMANI, Qassem", "SOLEIMANI, Ghasem", "SOLEIMANI, Qasim"), Set.of("IR"));
    static final ListedParty IVANOV = new ListedParty("MEU-IVANOV", "MEU List", "IVANOV, Sergei Borisovich",
            List.of(), Set.of("RU"));

    static final List<ListedParty> ALL = List.of(HUAWEI, HIKVISION, ROSNEFT, SUKHOI, MAHAN_AIR, IRGC, HIZBALLAH,
            PDVSA, KIM_JONG_UN, PUTIN, ABU_MARZOOK, DEIF, NASRALLAH, QUSAY, SOLEIMANI, IVANOV);

    private ScreeningListFixture() {
    }
}
