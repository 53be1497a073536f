extension NamePool {
    /// Common names in England.
    static let british = NamePool(
        male: ["Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "Oscar", "William", "James", "Leo",
               "Alfie", "Henry", "Joshua", "Freddie", "Archie", "Ethan", "Isaac", "Alexander", "Joseph", "Edward", "Samuel",
               "Max", "Daniel", "Arthur", "Lucas", "Mason", "Logan", "Theo", "Riley", "Harrison", "Dylan", "Tyler", "Kai",
               "Callum", "Jamie", "Liam", "Connor", "Ryan", "Luke", "Ben", "Lewis", "Aaron", "Kyle"],
        female: ["Olivia", "Amelia", "Isla", "Ava", "Emily", "Isabella", "Mia", "Poppy", "Ella", "Lily", "Grace", "Sophie",
                 "Evie", "Jessica", "Freya", "Chloe", "Ruby", "Daisy", "Millie", "Phoebe", "Charlotte", "Sienna", "Matilda",
                 "Holly", "Lucy", "Megan", "Ellie", "Erin", "Katie", "Scarlett", "Harriet", "Lola", "Maisie", "Eleanor", "Abigail",
                 "Molly", "Hannah", "Amy", "Leah", "Bethany", "Courtney", "Paige", "Jade", "Niamh", "Rosie"],
        surnames: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
                   "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Harris",
                   "Lewis", "Turner", "Hill", "Cooper", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison",
                   "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
                   "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw",
                   "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Wilkinson",
                   "Foster", "Chapman", "Webb", "Rogers", "Gray", "Mason", "Hunt", "Holmes", "Palmer", "Lloyd", "Barnes", "Knight"])

    /// Common Irish names.
    static let irish = NamePool(
        male: ["Sean", "Conor", "Cian", "Darragh", "Oisin", "Padraig", "Ciaran", "Eoin", "Niall", "Ronan", "Declan",
               "Fionn", "Liam", "Patrick", "Michael", "Shane", "Aidan", "Colm", "Cormac", "Tadhg"],
        female: ["Aoife", "Niamh", "Ciara", "Saoirse", "Siobhan", "Roisin", "Caoimhe", "Orla", "Sinead", "Aisling",
                 "Grainne", "Clodagh", "Eimear", "Maeve", "Aine", "Bridget", "Kathleen", "Nora", "Erin", "Shannon"],
        surnames: ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "Doyle",
                   "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore", "McLoughlin",
                   "Carroll", "Connolly", "Daly", "Connell", "Brennan", "Burke", "Collins", "Maguire", "Ward", "McDonagh",
                   "Joyce", "Casey", "Fitzgerald", "Nolan", "Sheridan", "Keane"])

    /// Common names in Poland, Romania, Lithuania, Bulgaria and neighbouring countries.
    static let easternEuropean = NamePool(
        male: ["Jakub", "Kacper", "Szymon", "Filip", "Mateusz", "Bartosz", "Antoni", "Wiktor", "Andrei", "Alexandru",
               "Ionut", "Stefan", "Mihai", "Lukas", "Matas", "Dominik", "Nikolai", "Georgi", "Ivan", "Milan", "Marek", "Tomas"],
        female: ["Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Lena", "Natalia", "Wiktoria", "Alicja", "Ioana", "Elena",
                 "Andreea", "Maria", "Gabriela", "Emilija", "Ieva", "Viktoria", "Daria", "Kristina", "Milena", "Anastasia"],
        surnames: ["Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Szymanski",
                   "Kowalczyk", "Mazur", "Krawczyk", "Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin",
                   "Kazlauskas", "Petrauskas", "Jankauskas", "Ivanov", "Georgiev", "Dimitrov", "Horvath", "Kovac",
                   "Novak", "Balogh", "Petrov", "Marin", "Radu"])

    /// Common names in Italy, Portugal, Spain, Greece, Cyprus and Turkey.
    static let southernEuropean = NamePool(
        male: ["Marco", "Luca", "Matteo", "Giovanni", "Tiago", "Joao", "Rodrigo", "Diogo", "Pablo", "Alejandro",
               "Nikos", "Giorgos", "Andreas", "Emre", "Mehmet", "Yusuf", "Burak", "Can", "Hugo", "Mario"],
        female: ["Giulia", "Sofia", "Chiara", "Francesca", "Beatriz", "Mariana", "Ines", "Lucia", "Carmen", "Eleni",
                 "Katerina", "Christina", "Elif", "Zeynep", "Ayse", "Defne", "Alba", "Martina", "Leonor", "Irene"],
        surnames: ["Rossi", "Russo", "Ferrari", "Esposito", "Romano", "Ricci", "Silva", "Santos", "Ferreira", "Pereira",
                   "Oliveira", "Costa", "Garcia", "Martinez", "Lopez", "Papadopoulos", "Georgiou", "Constantinou",
                   "Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Ozturk", "Fernandes", "Rodrigues", "Gomes", "Conti"])
}
