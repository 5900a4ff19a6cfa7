package org.familyties.demo;

import java.util.List;

/** Invented names: prison names are made up so that no real establishment is implied. */
final class DemoNames {

    static final List<String> PRISON_NAMES = List.of(
            "Alderbrook", "Birchmoor", "Coldharbour Fields", "Dunmere", "Eastwold", "Fallowfield Grange",
            "Greystone Vale", "Hollins Cross", "Ivybridge Moor", "Juniper Hill", "Kestrel Down", "Larkmead",
            "Mossbank", "Netherfold", "Oakhanger", "Pennywell", "Quarry Brow", "Ravensmoor", "Saltcote",
            "Thornleigh", "Upper Wellow", "Valebrook", "Westerfold", "Yarrowdale", "Ashgrove Park",
            "Bramblecote", "Cinderford Vale", "Dovecote Lane", "Elmstead Heath", "Foxhollow");

    static final List<String> MALE_GIVEN = List.of("James", "Daniel", "Liam", "Ryan", "Kyle", "Connor", "Jordan",
            "Nathan", "Lewis", "Dean", "Craig", "Wayne", "Aaron", "Jamal", "Tariq", "Marcus", "Reece", "Callum",
            "Owen", "Rhys", "Kieran", "Scott", "Lee", "Darren", "Mohammed", "Adam", "Jason", "Carl", "Shane", "Ben");

    static final List<String> FEMALE_GIVEN = List.of("Sarah", "Emma", "Leanne", "Kelly", "Gemma", "Chloe",
            "Jade", "Stacey", "Amy", "Natalie", "Aisha", "Lisa", "Donna", "Kayleigh", "Hannah", "Tanya", "Zoe",
            "Rebecca", "Shannon", "Nicola");

    static final List<String> FAMILY = List.of("Abbott", "Barker", "Cartwright", "Doherty", "Ellison", "Fenwick",
            "Garside", "Hartley", "Ingham", "Jubb", "Kershaw", "Lomax", "Marsden", "Nuttall", "Ormerod", "Pickles",
            "Quayle", "Rushworth", "Sutcliffe", "Thwaite", "Uttley", "Varley", "Whiteley", "Yeadon", "Akhtar",
            "Begum", "Okafor", "Mensah", "Nowak", "Kowalski", "Hughes", "Pryce", "Llewellyn", "Morgan", "Evans");

    private DemoNames() {
    }
}
