export { LessonsPanel } from './LessonsPanel';
export { useLessons } from './lessonsStore';
